/**
 * Edges and wires beyond lines and circles: splines, Bézier curves, ellipses, tangent arcs,
 * helices, wire assembly and planar wire offsets. Every OCCT temporary is freed in `finally`;
 * results are handed to the build's scope.
 */
import type { AnyShape } from "replicad";
import { kernelRun } from "./run.ts";
import { adopt } from "./adopt.ts";
import type { Triple } from "./operations.ts";
export { kernelRun };
/** The kernel's `adopt`, under the name this module's callers use. */
export declare const adoptShape: typeof adopt;
export interface SplineOptions {
    /** Two end tangents, or one per point (`undefined` where free). */
    tangents?: readonly (Triple | undefined)[];
    periodic?: boolean;
    /** Curve parameter of each point (one more when periodic). */
    parameters?: readonly number[];
    /** Scale the tangents to the chord lengths (CadQuery's default). */
    scale?: boolean;
    tolerance?: number;
}
/** An interpolating B-spline through `points` (CadQuery's `Edge.makeSpline`). */
export declare function makeSplineEdge(points: readonly Triple[], options?: SplineOptions): AnyShape;
/** An approximating B-spline near `points` (CadQuery's `Edge.makeSplineApprox`). */
export declare function makeSplineApproxEdge(points: readonly Triple[], options: {
    tolerance: number;
    smoothing?: readonly [number, number, number] | undefined;
    minDegree: number;
    maxDegree: number;
}): AnyShape;
/** A Bézier curve with the given control points. */
export declare function makeBezierEdge(points: readonly Triple[]): AnyShape;
/**
 * An ellipse (or arc of one, angles in degrees from the major axis) centred at `center` in the
 * plane with normal `normal` and major axis along `xDir`. `sense` −1 runs clockwise.
 * The x radius may be smaller than the y radius (the axes are swapped for OCCT).
 */
export declare function makeEllipseEdge(xRadius: number, yRadius: number, frame: {
    center: Triple;
    normal: Triple;
    xDir: Triple;
}, angle1Deg?: number, angle2Deg?: number, sense?: 1 | -1): AnyShape;
/** A circular arc starting at `start` with tangent `tangent`, ending at `end`. */
export declare function makeTangentArcEdge(start: Triple, tangent: Triple, end: Triple): AnyShape;
/**
 * A helical wire on a cylinder of `radius` about the axis through `center` along `dir`, or, when
 * `angleDeg` is not 360, on a cone of that half-angle (CadQuery's `Wire.makeHelix`).
 */
export declare function makeHelixWire(pitch: number, height: number, radius: number, center: Triple, dir: Triple, leftHand?: boolean, angleDeg?: number): AnyShape;
/** One wire from edges (and wires) given in connection order. */
export declare function makeWire(parts: readonly AnyShape[]): AnyShape;
export type OffsetJoin = "arc" | "intersection" | "tangent";
/**
 * Planar offset of a closed wire by `distance` (outwards when positive): CadQuery's `offset2D`.
 * An inward offset larger than the outline allows gives no wire at all, as in CadQuery.
 */
export declare function offsetWire(wire: AnyShape, distance: number, join: OffsetJoin): AnyShape[];
/** Point and unit tangent of an edge at normalised parameter `t` (0 start, 1 end), oriented. */
export declare function edgePointAndTangent(edge: AnyShape, t: number): {
    point: Triple;
    tangent: Triple;
};
/** The edges of a wire in drawing order (each with its orientation in the wire). */
export declare function orderedWireEdges(wire: AnyShape): AnyShape[];
