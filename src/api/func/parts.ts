/**
 * What the free functions share: the binder made from the `func` signature table, their error,
 * and CadQuery's helpers that take the parts of a shape a function works on (`_get`,
 * `_get_one`, `_get_edges`, `_get_wires`, `_compound_or_shape`).
 */
import { childShapes, compoundOfShapes, makeWire } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { unwrapShape, wrapShape, type Shape, type ShapeKind } from "../shape.ts";
import { FUNC_SIGNATURES, binderFor } from "../signatures/index.ts";
import type { funcValues } from "../signatures/generated.ts";

/** Binds a free function's arguments: `bind("box", args).w`. */
export const bind = binderFor<funcValues>("func", FUNC_SIGNATURES, Object.freeze({}));

/** A SCRIPT_EXCEPTION naming the free function, e.g. `func.fillet: …`. */
export function funcError(name: string, message: string): never {
  throw new PartforgeError("SCRIPT_EXCEPTION", `func.${name}: ${message}`);
}

/** NOT_SUPPORTED naming the free function and why. */
export function notSupported(name: string, reason: string): never {
  throw new PartforgeError("NOT_SUPPORTED", `func.${name} is not supported: ${reason}`);
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

/** The shapes a compound holds, or the shape itself. */
export function members(shape: Shape): Shape[] {
  return shape.kind === "compound" ? childShapes(unwrapShape(shape)).map(wrapShape) : [shape];
}

/** CadQuery's `_get`: the shape when of one of `kinds`, or each member of a compound, all of those kinds. */
export function partsOf(name: string, param: string, shape: Shape, kinds: readonly ShapeKind[]): Shape[] {
  const parts = members(shape);
  const wrong = parts.find((part) => !kinds.includes(part.kind));
  if (wrong !== undefined) funcError(name, `${param} must be ${kinds.map(article).join(" or ")} (or a compound of them); it holds ${article(wrong.kind)}`);
  return parts;
}

/** CadQuery's `_get_one`: the first of `partsOf`. */
export function oneOf(name: string, param: string, shape: Shape, kinds: readonly ShapeKind[]): Shape {
  const first = partsOf(name, param, shape, kinds)[0];
  if (first === undefined) funcError(name, `${param} is an empty compound`);
  return first;
}

/** CadQuery's `_get_edges`: the edges of edges, wires and compounds of them. */
export function edgesOf(name: string, param: string, shape: Shape): Shape[] {
  return partsOf(name, param, shape, ["edge", "wire"]).flatMap((part) => (part.kind === "edge" ? [part] : part.Edges()));
}

/** CadQuery's `_get_wires`: wires, each edge made into a wire of its own. */
export function wiresOf(name: string, param: string, shape: Shape): Shape[] {
  return partsOf(name, param, shape, ["edge", "wire"]).map((part) => (part.kind === "wire" ? part : wrapShape(makeWire([unwrapShape(part)]))));
}

/** CadQuery's `_get_one_wire`: one wire, or one edge made into a wire. */
export function oneWire(name: string, param: string, shape: Shape): Shape {
  const first = wiresOf(name, param, shape)[0];
  if (first === undefined) funcError(name, `${param} is an empty compound`);
  return first;
}

/** CadQuery's `_compound_or_shape`: one shape as itself, several as a compound. */
export function compoundOrShape(shapes: readonly Shape[]): Shape {
  if (shapes.length === 1) return shapes[0]!;
  return wrapShape(compoundOfShapes(shapes.map(unwrapShape)));
}

/** CadQuery's `_normalize`: a compound of one shape is that shape; an open shell of one face is that face. */
export function normalized(shape: Shape): Shape {
  if (shape.kind === "compound") {
    const inside = members(shape);
    return inside.length === 1 ? inside[0]! : shape;
  }
  if (shape.kind === "shell") {
    const faces = shape.Faces();
    if (faces.length === 1 && shape.Edges().every((edge) => edge.kind === "edge") && !isClosedShell(shape)) return faces[0]!;
  }
  return shape;
}

/** A shell is closed when each of its edges bounds two of its faces (no free boundary). */
function isClosedShell(shell: Shape): boolean {
  const faces = shell.Faces();
  return shell.Edges().every((edge) => faces.filter((face) => face.Edges().some((other) => other.isSame(edge))).length >= 2);
}
