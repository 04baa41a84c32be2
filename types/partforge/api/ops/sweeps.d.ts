/** loft, sweep, twistExtrude, tapered extrusion and interpPlate (CadQuery semantics and defaults). */
import { type Transition } from "../../kernel/index.ts";
import { type Shape } from "../shape.ts";
import { type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
export declare function loft(wp: WorkplaneImpl, options?: {
    ruled?: boolean;
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
}): WorkplaneImpl;
export interface SweepOptions {
    multisection?: boolean;
    makeSolid?: boolean;
    isFrenet?: boolean;
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
    transition?: Transition;
    normal?: VectorLike;
    auxSpine?: WorkplaneImpl;
}
export declare function sweep(wp: WorkplaneImpl, path: WorkplaneImpl | Shape, options?: SweepOptions): WorkplaneImpl;
export declare function twistExtrude(wp: WorkplaneImpl, distance: number, angleDegrees: number, options?: {
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
}): WorkplaneImpl;
export interface InterpPlateOptions {
    thickness?: number;
    combine?: boolean | "a" | "s" | "cut";
    clean?: boolean;
    degree?: number;
    nbPtsOnCur?: number;
    nbIter?: number;
    anisotropy?: boolean;
    tol2d?: number;
    tol3d?: number;
    tolAng?: number;
    tolCurv?: number;
    maxDeg?: number;
    maxSegments?: number;
}
/**
 * CadQuery's `interpPlate`: a surface through the boundary (points of a closed polygon, or
 * edges) and the extra points, thickened when `thickness` > 0, placed at each stack point.
 */
export declare function interpPlate(wp: WorkplaneImpl, surfEdges: readonly VectorLike[] | readonly Shape[] | WorkplaneImpl, surfPts?: readonly VectorLike[], options?: InterpPlateOptions): WorkplaneImpl;
/** CadQuery's closed `shell()`: a hollow solid with no opening. */
export declare function closedShell(solid: Shape, thickness: number, kind: "arc" | "intersection"): Shape;
