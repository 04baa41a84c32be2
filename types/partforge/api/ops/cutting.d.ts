import { Location } from "../location.ts";
import { type Shape } from "../shape.ts";
import type { StackItem, WorkplaneImpl } from "../workplane.ts";
export interface SplitOptions {
    keepTop?: boolean;
    keepBottom?: boolean;
}
/**
 * CadQuery's `split`: with `{ keepTop, keepBottom }` cuts the solid by the workplane and keeps
 * the halves asked for (both: two solids on the stack); with a Workplane or shape, splits the
 * solid by those shapes and keeps every piece, as one compound.
 */
export declare function split(wp: WorkplaneImpl, arg?: SplitOptions | WorkplaneImpl | Shape): WorkplaneImpl;
/** The cross-section of the solid by the workplane moved `height` along its normal. */
export declare function section(wp: WorkplaneImpl, height?: number): WorkplaneImpl;
/** CadQuery's `cutEach`: cuts the shape `fn` makes at each stack location from the solid. */
export declare function cutEach(wp: WorkplaneImpl, fn: (location: Location) => StackItem, options?: {
    clean?: boolean;
}): WorkplaneImpl;
