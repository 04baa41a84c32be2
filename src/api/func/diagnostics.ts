/** CadQuery's free functions that inspect shapes: check, isSubshape, closest, and setThreads. */
import { closestPoints, isValidShape, subShapeIndices } from "../../kernel/index.ts";
import { unwrapShape, type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
import type { funcArgs } from "../signatures/generated.ts";
import { bind, funcError } from "./parts.ts";

/**
 * Whether the shape is valid (OCCT's BRepCheck_Analyzer).
 * @example func.check(func.box(1, 1, 1)) // true
 */
export function check(...args: funcArgs["check"]): boolean {
  const { s, tol } = bind("check", args);
  if (tol !== undefined && !(tol > 0)) funcError("check", `tol must be greater than 0; got ${tol}`);
  return isValidShape(unwrapShape(s));
}

/**
 * Whether `s1` is one of the sub-shapes of `s2` (the same topology, same location).
 * @example func.isSubshape(b.Faces()[0], b) // true
 */
export function isSubshape(...args: funcArgs["isSubshape"]): boolean {
  const { s1, s2 } = bind("isSubshape", args);
  if (s1.kind === "compound") return s1.isSame(s2);
  return subShapeIndices(unwrapShape(s2), s1.kind, [unwrapShape(s1)])[0]! >= 0;
}

/**
 * The closest points of two shapes: one on `s1`, one on `s2`.
 * @example func.closest(func.box(1, 1, 1), func.sphere(1).moved({ x: 3 })) // [Vector(0.5, 0, 0.5)…, Vector(2.5, 0, 0)]
 */
export function closest(...args: funcArgs["closest"]): [Vector, Vector] {
  const { s1, s2 } = bind("closest", args);
  const [p1, p2] = closestPoints(unwrapShape(s1), unwrapShape(s2));
  return [new Vector(...p1), new Vector(...p2)];
}

/**
 * Accepted for CadQuery scripts; has no effect: each build runs the kernel (single-threaded
 * WebAssembly) in its own slot.
 * @example func.setThreads(4)
 */
export function setThreads(...args: funcArgs["setThreads"]): void {
  const { n } = bind("setThreads", args);
  if (n < 1) funcError("setThreads", `n must be at least 1; got ${n}`);
}
