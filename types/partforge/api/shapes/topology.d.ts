import type { Shape } from "./shape.ts";
/** The shapes of `kindName` in `within` that contain `self`. */
export declare function ancestorsOf(self: Shape, within: Shape, kindName: string): Shape[];
/** The shapes of `self`'s kind in `within` sharing a sub-shape of `kindName` with `self`, `level` steps out. */
export declare function siblingsOf(self: Shape, within: Shape, kindName: string, level: number): Shape[];
