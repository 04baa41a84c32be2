import type { Selectable, Vec3 } from "./selectable.ts";
import { Selector } from "./selector.ts";
import { type VectorInput } from "./vec3.ts";
export interface BoxSelectorOptions {
    /** false (default): test each object's centre; true: test both corners of its bounding box. */
    boundingbox?: boolean;
}
/**
 * Keeps objects inside the box spanned by two opposite corners, given in any order.
 * Per axis a coordinate p is inside when exactly one of p < a, p < b holds (CadQuery's XOR test),
 * i.e. min ≤ p < max: the lower face of the box is inside, the upper face is not, and a box
 * that is flat on some axis contains nothing.
 * Considers: every object, by its `center()`; with `{ boundingbox: true }` by the min and max
 * corners of its `boundingBox()` (objects without one are not selected).
 * @example new BoxSelector([0, 1, 0], [1, 2, 1])
 */
export declare class BoxSelector extends Selector {
    readonly point0: Vec3;
    readonly point1: Vec3;
    readonly boundingbox: boolean;
    constructor(point0: VectorInput, point1: VectorInput, options?: BoxSelectorOptions);
    /** CadQuery's inside test, half-open per axis. */
    contains(point: Vec3): boolean;
    filter<T extends Selectable>(objects: readonly T[]): T[];
    toString(): string;
}
