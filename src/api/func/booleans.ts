/**
 * CadQuery's boolean free functions: fuse, cut, intersect, split, imprint and clean. Python's
 * operators on shapes (`a + b`, `a - b`, `a * b`, `a / b`) are these functions in a script.
 */
import { booleanWithOptions, imprintShapes, unifySameDomain } from "../../kernel/index.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import type { funcArgs } from "../signatures/generated.ts";
import { bind, funcError, normalized } from "./parts.ts";

function tolerance(name: string, tol: number): number {
  if (tol < 0) funcError(name, `tol must not be negative; got ${tol}`);
  return tol;
}

/**
 * The union of the shapes (Python's `s1 + s2`).
 * @example func.fuse(func.box(1, 1, 1), func.box(1, 1, 1).moved({ x: 0.5 })).Volume() // 1.5
 */
export function fuse(...args: funcArgs["fuse"]): Shape {
  const { s1, s2, shapes, tol, glue } = bind("fuse", args);
  const tools = [s2, ...shapes].map(unwrapShape);
  return normalized(wrapShape(booleanWithOptions("fuse", [unwrapShape(s1)], tools, tolerance("fuse", tol), glue ?? undefined)));
}

/**
 * `s1` with `s2` taken away (Python's `s1 - s2`).
 * @example func.cut(func.box(2, 2, 2), func.box(1, 1, 1)).Volume() // 7
 */
export function cut(...args: funcArgs["cut"]): Shape {
  const { s1, s2, tol, glue } = bind("cut", args);
  return normalized(wrapShape(booleanWithOptions("cut", [unwrapShape(s1)], [unwrapShape(s2)], tolerance("cut", tol), glue ?? undefined)));
}

/**
 * What `s1` and `s2` share (Python's `s1 * s2`).
 * @example func.intersect(func.box(2, 2, 2), func.box(1, 1, 4)).Volume() // 2
 */
export function intersect(...args: funcArgs["intersect"]): Shape {
  const { s1, s2, tol, glue } = bind("intersect", args);
  return normalized(wrapShape(booleanWithOptions("common", [unwrapShape(s1)], [unwrapShape(s2)], tolerance("intersect", tol), glue ?? undefined)));
}

/**
 * `s1` split by `s2`, every piece kept (Python's `s1 / s2`).
 * @example func.split(func.cylinder(1, 2), func.plane(2, 2).moved({ z: 1 })).Solids().length // 2
 */
export function split(...args: funcArgs["split"]): Shape {
  const { s1, s2, tol } = bind("split", args);
  return normalized(wrapShape(booleanWithOptions("split", [unwrapShape(s1)], [unwrapShape(s2)], tolerance("split", tol), undefined)));
}

/**
 * The shapes split by one another so that touching parts share their faces (for meshing
 * assemblies); `glue` "partial" (default) or "full" speeds up shapes that only touch.
 * @example func.imprint(func.box(1, 1, 1), func.box(1, 1, 1).moved({ x: 1 })).Solids().length // 2
 */
export function imprint(...args: funcArgs["imprint"]): Shape {
  const { shapes, tol, glue } = bind("imprint", args);
  if (shapes.length === 0) funcError("imprint", "needs at least one shape");
  return normalized(wrapShape(imprintShapes(shapes.map(unwrapShape), tolerance("imprint", tol), glue ?? undefined)));
}

/**
 * The shape with faces on one surface merged and edges on one curve joined.
 * @example func.clean(func.fuse(func.box(1, 1, 1), func.box(1, 1, 1).moved({ x: 1 }))).Faces().length // 6
 */
export function clean(...args: funcArgs["clean"]): Shape {
  const { s } = bind("clean", args);
  return normalized(wrapShape(unifySameDomain(unwrapShape(s))));
}
