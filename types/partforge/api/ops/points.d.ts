import { Location } from "../location.ts";
import { type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
export declare function pushPoints(wp: WorkplaneImpl, pointList: readonly (VectorLike | Location)[]): WorkplaneImpl;
export declare function rarray(wp: WorkplaneImpl, xSpacing: number, ySpacing: number, xCount: number, yCount: number, options?: {
    center?: boolean | boolean[];
}): WorkplaneImpl;
export declare function polarArray(wp: WorkplaneImpl, radius: number, startAngle: number, angle: number, count: number, options?: {
    fill?: boolean;
    rotate?: boolean;
}): WorkplaneImpl;
export declare function center(wp: WorkplaneImpl, x: number, y: number): WorkplaneImpl;
export declare function transformed(wp: WorkplaneImpl, options?: {
    rotate?: VectorLike;
    offset?: VectorLike;
}): WorkplaneImpl;
