import { type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
/** The most grid intervals per direction: (N+1)² points are evaluated and approximated in one build. */
export declare const MAX_SURFACE_N = 200;
export interface ParametricSurfaceOptions {
    N: number;
    start: number;
    stop: number;
    tol: number;
    minDeg: number;
    maxDeg: number;
    smoothing: readonly [number, number, number] | null;
}
export declare function parametricSurface(wp: WorkplaneImpl, func: (u: number, v: number) => VectorLike, options: ParametricSurfaceOptions): WorkplaneImpl;
