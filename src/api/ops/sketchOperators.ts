/**
 * CadQuery 2.5's Sketch operators (`s1 + s2`, `s1 - s2`, `s1 * s2`, `s1 / s2`), which JavaScript
 * cannot overload: each combines the two sketches' `val()` (the first selected shape, else the
 * faces) with Shape's operator (`fuse`, `cut`, `intersect`, `split`, no clean) into a new Sketch.
 */
import { booleanOperation, splitShape } from "../../kernel/index.ts";
import { Location } from "../location.ts";
import { apiError } from "../options.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";

export type SketchOperator = "union" | "cut" | "intersect" | "split";

/** The Python operator each method stands for, for messages. */
export const PYTHON_OPERATOR: Readonly<Record<SketchOperator, string>> = { union: "+", cut: "-", intersect: "*", split: "/" };

function operand(method: SketchOperator, side: string, value: Shape | Location | undefined): Shape {
  if (value === undefined) apiError(`Sketch.${method}`, `${side} sketch is empty: draw faces first (Python's \`${PYTHON_OPERATOR[method]}\` needs two sketches with faces)`);
  // CadQuery's _sanitize_for_bool.
  if (value instanceof Location) apiError(`Sketch.${method}`, `${side} sketch's val() is a Location; a Shape is required (select faces or edges, or reset())`);
  return value;
}

export function combineSketchShapes(method: SketchOperator, self: Shape | Location | undefined, other: Shape | Location | undefined): Shape {
  const a = unwrapShape(operand(method, "this", self));
  const b = unwrapShape(operand(method, "the other", other));
  if (method === "split") return wrapShape(splitShape(a, [b]));
  const kind = method === "union" ? "fuse" : method === "cut" ? "cut" : "common";
  return wrapShape(booleanOperation(kind, [a], [b], { clean: false }));
}
