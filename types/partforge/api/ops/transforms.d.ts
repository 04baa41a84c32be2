import { type Shape } from "../shape.ts";
import { type VectorLike } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { compoundOf } from "./context.ts";
export declare function boolean(wp: WorkplaneImpl, kind: "fuse" | "cut" | "common", other: WorkplaneImpl | Shape | undefined, options?: {
    clean?: boolean;
}): WorkplaneImpl;
/** Fuses all solids on the stack into one. */
export declare function combine(wp: WorkplaneImpl, options?: {
    clean?: boolean;
}): WorkplaneImpl;
export declare function clean(wp: WorkplaneImpl): WorkplaneImpl;
export declare function translate(wp: WorkplaneImpl, vector: VectorLike): WorkplaneImpl;
export declare function rotate(wp: WorkplaneImpl, axisStart: VectorLike, axisEnd: VectorLike, angleDegrees: number): WorkplaneImpl;
export declare function mirror(wp: WorkplaneImpl, mirrorPlane: string | VectorLike | Shape | WorkplaneImpl, basePoint: VectorLike | undefined, options?: {
    union?: boolean;
}): WorkplaneImpl;
export { compoundOf };
export declare function rotateAboutCenter(wp: WorkplaneImpl, axisEndPoint: VectorLike, angleDegrees: number): WorkplaneImpl;
