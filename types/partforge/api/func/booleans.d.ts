import { type Shape } from "../shape.ts";
import type { funcArgs } from "../signatures/generated.ts";
/**
 * The union of the shapes (Python's `s1 + s2`).
 * @example func.fuse(func.box(1, 1, 1), func.box(1, 1, 1).moved({ x: 0.5 })).Volume() // 1.5
 */
export declare function fuse(...args: funcArgs["fuse"]): Shape;
/**
 * `s1` with `s2` taken away (Python's `s1 - s2`).
 * @example func.cut(func.box(2, 2, 2), func.box(1, 1, 1)).Volume() // 7
 */
export declare function cut(...args: funcArgs["cut"]): Shape;
/**
 * What `s1` and `s2` share (Python's `s1 * s2`).
 * @example func.intersect(func.box(2, 2, 2), func.box(1, 1, 4)).Volume() // 2
 */
export declare function intersect(...args: funcArgs["intersect"]): Shape;
/**
 * `s1` split by `s2`, every piece kept (Python's `s1 / s2`).
 * @example func.split(func.cylinder(1, 2), func.plane(2, 2).moved({ z: 1 })).Solids().length // 2
 */
export declare function split(...args: funcArgs["split"]): Shape;
/**
 * The shapes split by one another so that touching parts share their faces (for meshing
 * assemblies); `glue` "partial" (default) or "full" speeds up shapes that only touch.
 * @example func.imprint(func.box(1, 1, 1), func.box(1, 1, 1).moved({ x: 1 })).Solids().length // 2
 */
export declare function imprint(...args: funcArgs["imprint"]): Shape;
/**
 * The shape with faces on one surface merged and edges on one curve joined.
 * @example func.clean(func.fuse(func.box(1, 1, 1), func.box(1, 1, 1).moved({ x: 1 }))).Faces().length // 6
 */
export declare function clean(...args: funcArgs["clean"]): Shape;
