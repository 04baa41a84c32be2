import { type Shape, type ShapeKind } from "../shape.ts";
import { type VectorLike } from "../vector.ts";
import type { SelectorLike, WorkplaneImpl } from "../workplane.ts";
/** CadQuery's `_collectProperty`: the distinct sub-shapes of `kind` of every stack object. */
export declare function collect(wp: WorkplaneImpl, kind: ShapeKind): Shape[];
export declare function select(wp: WorkplaneImpl, kind: ShapeKind, selector: SelectorLike | undefined, options?: {
    tag?: string;
}): WorkplaneImpl;
/**
 * Throws when `wp` is the empty result of a selection and `method` needs selected objects,
 * naming the selector call that matched nothing.
 */
export declare function refuseEmptySelection(wp: WorkplaneImpl, method: string): void;
export declare function workplane(wp: WorkplaneImpl, options?: {
    offset?: number;
    invert?: boolean;
    centerOption?: string;
    origin?: VectorLike;
}): WorkplaneImpl;
