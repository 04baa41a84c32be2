/** CadQuery's free function `text`: flat letters as faces, from partforge's bundled fonts. */
import { type Shape } from "../shape.ts";
import type { funcArgs } from "../signatures/generated.ts";
/**
 * The text `txt` of height `size` as planar faces on the XY plane (the fonts partforge bundles;
 * `path` to a font file and the forms on a spine are not supported).
 * @example func.text("Hi", 10).Faces().length // 2
 */
export declare function text(...args: funcArgs["text"]): Shape;
