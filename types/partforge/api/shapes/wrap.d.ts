import type { Shape } from "./shape.ts";
export declare function isShape(value: unknown): value is Shape;
/** Removes duplicates (same kernel shape) keeping first occurrences. */
export declare function uniqueShapes(shapes: readonly Shape[]): Shape[];
