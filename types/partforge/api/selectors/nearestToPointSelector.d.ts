import type { Selectable, Vec3 } from "./selectable.ts";
import { Selector } from "./selector.ts";
import { type VectorInput } from "./vec3.ts";
/**
 * Keeps the single object whose centre is nearest the point (the first one on a tie).
 * An empty list is an error, as in CadQuery.
 * Considers: every object, by its `center()` (a vertex's point).
 * @example new NearestToPointSelector([0, 1, 0]) // the unit cube's vertex at (0, 1, 0)
 */
export declare class NearestToPointSelector extends Selector {
    readonly point: Vec3;
    constructor(point: VectorInput);
    filter<T extends Selectable>(objects: readonly T[]): T[];
    toString(): string;
}
