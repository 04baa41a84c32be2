import { Vector } from "../vector.ts";
import type { funcArgs } from "../signatures/generated.ts";
/**
 * Whether the shape is valid (OCCT's BRepCheck_Analyzer).
 * @example func.check(func.box(1, 1, 1)) // true
 */
export declare function check(...args: funcArgs["check"]): boolean;
/**
 * Whether `s1` is one of the sub-shapes of `s2` (the same topology, same location).
 * @example func.isSubshape(b.Faces()[0], b) // true
 */
export declare function isSubshape(...args: funcArgs["isSubshape"]): boolean;
/**
 * The closest points of two shapes: one on `s1`, one on `s2`.
 * @example func.closest(func.box(1, 1, 1), func.sphere(1).moved({ x: 3 })) // [Vector(0.5, 0, 0.5)…, Vector(2.5, 0, 0)]
 */
export declare function closest(...args: funcArgs["closest"]): [Vector, Vector];
/**
 * Accepted for CadQuery scripts; has no effect: each build runs the kernel (single-threaded
 * WebAssembly) in its own slot.
 * @example func.setThreads(4)
 */
export declare function setThreads(...args: funcArgs["setThreads"]): void;
