/**
 * Curved and derived 2D drawing: splines, Bézier curves, ellipses, slots, sagitta/radius/tangent
 * arcs, polar lines, mirrored outlines, offsets and wire consolidation (CadQuery semantics).
 */
import { type OffsetJoin } from "../../kernel/index.ts";
import { type Shape } from "../shape.ts";
import { type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
export interface SplineOptions {
    tangents?: readonly (VectorLike | undefined | null)[];
    periodic?: boolean;
    parameters?: readonly number[];
    scale?: boolean;
    tol?: number;
    forConstruction?: boolean;
    includeCurrent?: boolean;
    makeWire?: boolean;
}
export declare function spline(wp: WorkplaneImpl, listOfXYTuple: readonly VectorLike[], options?: SplineOptions): WorkplaneImpl;
export declare function splineApprox(wp: WorkplaneImpl, points: readonly VectorLike[], options?: {
    tol?: number;
    minDeg?: number;
    maxDeg?: number;
    smoothing?: [number, number, number] | null;
    forConstruction?: boolean;
    includeCurrent?: boolean;
    makeWire?: boolean;
}): WorkplaneImpl;
export declare function parametricCurve(wp: WorkplaneImpl, func: (t: number) => VectorLike, options?: {
    N?: number;
    start?: number;
    stop?: number;
    tol?: number;
    minDeg?: number;
    maxDeg?: number;
    smoothing?: [number, number, number] | null;
    makeWire?: boolean;
}): WorkplaneImpl;
export declare function bezier(wp: WorkplaneImpl, points: readonly VectorLike[], options?: {
    forConstruction?: boolean;
    includeCurrent?: boolean;
    makeWire?: boolean;
}): WorkplaneImpl;
/** A closed ellipse at each stack point, its x radius along the local x (rotated by `rotation_angle`). */
export declare function ellipse(wp: WorkplaneImpl, xRadius: number, yRadius: number, options?: {
    rotation_angle?: number;
    forConstruction?: boolean;
}): WorkplaneImpl;
export interface EllipseArcOptions {
    angle1?: number;
    angle2?: number;
    rotation_angle?: number;
    sense?: 1 | -1;
    forConstruction?: boolean;
    startAtCurrent?: boolean;
    makeWire?: boolean;
}
/**
 * An arc of an ellipse from `angle1` to `angle2` (degrees), centred on the current point, or
 * moved so it starts there (`startAtCurrent`, the default).
 */
export declare function ellipseArc(wp: WorkplaneImpl, xRadius: number, yRadius: number, options?: EllipseArcOptions): WorkplaneImpl;
/** A slot (stadium) of overall `length` and `diameter` at each stack point, rotated by `angle` degrees. */
export declare function slot2D(wp: WorkplaneImpl, length: number, diameter: number, angle?: number): WorkplaneImpl;
export declare function sagittaArc(wp: WorkplaneImpl, endPoint: VectorLike, sag: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function radiusArc(wp: WorkplaneImpl, endPoint: VectorLike, radius: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
/** An arc tangent to the last drawn edge, ending at `endpoint` (relative to the current point by default). */
export declare function tangentArcPoint(wp: WorkplaneImpl, endpoint: VectorLike, options?: {
    forConstruction?: boolean;
    relative?: boolean;
}): WorkplaneImpl;
export declare function polarLine(wp: WorkplaneImpl, distance: number, angle: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
export declare function polarLineTo(wp: WorkplaneImpl, distance: number, angle: number, options?: {
    forConstruction?: boolean;
}): WorkplaneImpl;
/** Groups edges into connected chains by shared end points (within `tolerance`), and makes a wire of each chain. */
export declare function combineIntoWires(parts: readonly Shape[], tolerance?: number): Shape[];
export declare function consolidateWires(wp: WorkplaneImpl): WorkplaneImpl;
/** Mirrors the drawn outline about the workplane's local x (`"X"`) or y (`"Y"`) axis and joins the halves. */
export declare function mirrorInPlane(wp: WorkplaneImpl, axis: "X" | "Y"): WorkplaneImpl;
export declare function offset2D(wp: WorkplaneImpl, distance: number, options?: {
    kind?: OffsetJoin;
    forConstruction?: boolean;
}): WorkplaneImpl;
/** Each closed wire offset by `distance` (CadQuery's `Wire.offset2D`, arc joins). */
export declare function offsetShapes(wires: readonly Shape[], distance: number, kind?: OffsetJoin): Shape[];
