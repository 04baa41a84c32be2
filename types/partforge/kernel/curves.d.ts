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
 * A full circle (a Geom_Circle, as CadQuery's `Edge.makeCircle`) centred at `center` in the plane
 * with normal `normal`, starting at `xDir` and running anticlockwise about the normal.
 */
export declare function makeCircleEdge(radius: number, frame: {
    center: Triple;
    normal: Triple;
    xDir: Triple;
}): AnyShape;
/**
 * An arc of the circle of `radius` about `center` in the XY-parallel plane, anticlockwise from
 * `startDeg` to `endDeg` (CadQuery's `Edge.makeCircle(radius, pnt, angle1=, angle2=)`).
 */
export declare function makeCircleArcEdge(radius: number, center: Triple, startDeg: number, endDeg: number): AnyShape;
/** A non-rational B-spline from its poles, distinct knots with multiplicities, and degree. */
export declare function makeBSplineEdge(poles: readonly Triple[], knots: readonly number[], multiplicities: readonly number[], degree: number, periodic: boolean): AnyShape;
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
/**
 * The closed wire of straight edges through `points` in order, the last back to the first: one
 * `BRepBuilderAPI_MakeEdge` per side, each with its own vertices, added one by one to one
 * `BRepBuilderAPI_MakeWire` (which joins the coincident ends), as replicad's `makeLine` and
 * `assembleWire` make it, with the same B-rep; in one pass, each point made once and every
 * temporary freed. Consecutive points must be apart (the caller checks, naming its operation).
 */
export declare function makeClosedPolyline(points: readonly Triple[]): AnyShape;
/** One wire from edges (and wires) given in connection order. */
export declare function makeWire(parts: readonly AnyShape[]): AnyShape;
export type OffsetJoin = "arc" | "intersection" | "tangent";
/**
 * Planar offset of a wire by `distance` (outwards when positive): CadQuery's `Wire.offset2D`.
 * An open wire gets a closed outline around it; an inward offset larger than the outline allows
 * gives no wire at all, as in CadQuery.
 */
export declare function offsetWire(wire: AnyShape, distance: number, join: OffsetJoin): AnyShape[];
/** Point and unit tangent of an edge at normalised parameter `t` (0 start, 1 end), oriented. */
export declare function edgePointAndTangent(edge: AnyShape, t: number): {
    point: Triple;
    tangent: Triple;
};
/** Where `firstEdge` starts and `lastEdge` ends as drawn (`edgePointAndTangent`'s points at 0 and 1), in one kernel pass. */
export declare function drawnEnds(firstEdge: AnyShape, lastEdge: AnyShape): {
    start: Triple;
    end: Triple;
};
/** The edges of a wire in drawing order (each with its orientation in the wire). */
export declare function orderedWireEdges(wire: AnyShape): AnyShape[];
