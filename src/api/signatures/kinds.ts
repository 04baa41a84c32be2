/**
 * One check per value kind of the signature table: each reads the script's value once and
 * returns a checked copy (Vectors for points, fresh arrays for lists), or `undefined` when
 * the value is not of that kind. Nothing the script passed is kept by reference except
 * partforge's own immutable objects (shapes, Workplanes, Locations, …) and functions.
 */
import { noteStackOverflow } from "../../shared/stackOverflow.ts";
import { Color } from "../color.ts";
import { Location } from "../location.ts";
import { Plane } from "../plane.ts";
import { shapeKindOf, type ShapeKind } from "../shapes/handles.ts";
import { Selector } from "../selectors/index.ts";
import { Vector, type VectorLike } from "../vector.ts";
import type { TypeSpec, ValueKind } from "./types.ts";

/** Recognises partforge's own objects whose classes the table cannot import (they import it). */
export type Guards = Readonly<Partial<Record<"workplane" | "sketch" | "assembly", (value: unknown) => boolean>>>;

/** Marks "not of this kind" (a value may legitimately be `undefined` only for None). */
export const NO_MATCH: unique symbol = Symbol("no match");
type Checked = unknown | typeof NO_MATCH;

/** How a kind reads in an error message ("height must be a finite number"). */
export const KIND_DESCRIPTIONS: Readonly<Record<ValueKind, string>> = Object.freeze({
  number: "a finite number",
  int: "a whole number",
  boolean: "true or false",
  string: "a string",
  vector: "a point [x, y] or [x, y, z] or a Vector",
  vectors: "an array of points [x, y] or [x, y, z]",
  locations: "an array of points or Locations",
  location: "a Location",
  plane: "a Plane",
  numbers: "an array of finite numbers",
  numbers3: "an array of 3 finite numbers",
  shape: "a shape",
  shapes: "an array of shapes",
  vertex: "a Vertex",
  edge: "an Edge",
  wire: "a Wire",
  face: "a Face",
  shell: "a Shell",
  solid: "a Solid",
  compound: "a Compound",
  edges: "an array of Edges",
  wires: "an array of Wires",
  faces: "an array of Faces",
  curves: "an array of Edges and Wires",
  sheets: "an array of Faces and Shells",
  matrix: "a matrix: 3 or 4 rows of 4 finite numbers",
  workplane: "a Workplane",
  sketch: "a Sketch",
  assembly: "an Assembly",
  color: 'a Color, a colour name or "#rrggbb"',
  selector: "a selector string or a Selector",
  function: "a function",
  combine: 'true, false, "a", "s" or "cut"',
  centered2: "true, false or an array of 2 booleans",
  centered3: "true, false or an array of 3 booleans",
  mapping: "an object",
  list: "an array",
});

function vector(value: unknown): Checked {
  if (value instanceof Vector) return value;
  if (!Array.isArray(value)) return NO_MATCH;
  try {
    const items = Array.from(value as unknown[]);
    // What Vector.from refuses is refused here without its PartforgeError: arrays that are not
    // points reach this check whenever a call form that takes a point is tried for a list of
    // points, and each Error records up to 64 stack frames while a script runs.
    if (!isPoint(items)) return NO_MATCH;
    return Vector.from(items as unknown as VectorLike);
  } catch (error) {
    noteStackOverflow(error);
    return NO_MATCH;
  }
}

const isCoordinate = (value: unknown): boolean => typeof value === "number" && Number.isFinite(value);

/** Whether Vector.from takes `items`: 2 or 3 finite numbers, a missing z being 0. */
function isPoint(items: readonly unknown[]): boolean {
  if (items.length !== 2 && items.length !== 3) return false;
  const [x, y, z = 0] = items;
  return isCoordinate(x) && isCoordinate(y) && isCoordinate(z);
}

/** A fresh array of the items, each checked; NO_MATCH when any item fails. */
function listOf(value: unknown, item: (value: unknown) => Checked): Checked {
  if (!Array.isArray(value)) return NO_MATCH;
  const out: unknown[] = [];
  for (const entry of Array.from(value as unknown[])) {
    const checked = item(entry);
    if (checked === NO_MATCH) return NO_MATCH;
    out.push(checked);
  }
  return out;
}

const finite = (value: unknown): Checked => (typeof value === "number" && Number.isFinite(value) ? value : NO_MATCH);
const flag = (value: unknown): Checked => (typeof value === "boolean" ? value : NO_MATCH);

function flags(value: unknown, axes: number): Checked {
  if (typeof value === "boolean") return value;
  const list = listOf(value, flag);
  return list !== NO_MATCH && (list as unknown[]).length === axes ? list : NO_MATCH;
}

function ofKind(value: unknown, kinds: readonly ShapeKind[]): Checked {
  const kind = shapeKindOf(value);
  return kind !== undefined && kinds.includes(kind) ? value : NO_MATCH;
}

/** A plain object: written as `{ … }` in the script (not an array, class instance or function). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Own enumerable string keys and their values, each read once. */
export function ownEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.keys(value).map((key) => [key, value[key]]);
}

function checkKind(kind: ValueKind, value: unknown, guards: Guards): Checked {
  switch (kind) {
    case "number":
      return finite(value);
    case "int":
      return typeof value === "number" && Number.isInteger(value) ? value : NO_MATCH;
    case "boolean":
      return flag(value);
    case "string":
      return typeof value === "string" ? value : NO_MATCH;
    case "vector":
      return vector(value);
    case "vectors":
      return listOf(value, vector);
    case "locations":
      return listOf(value, (item) => (item instanceof Location ? item : vector(item)));
    case "location":
      return value instanceof Location ? value : NO_MATCH;
    case "plane":
      return value instanceof Plane ? value : NO_MATCH;
    case "numbers":
      return listOf(value, finite);
    case "numbers3": {
      const list = listOf(value, finite);
      return list !== NO_MATCH && (list as unknown[]).length === 3 ? list : NO_MATCH;
    }
    case "shape":
      return shapeKindOf(value) !== undefined ? value : NO_MATCH;
    case "shapes":
      return listOf(value, (item) => (shapeKindOf(item) !== undefined ? item : NO_MATCH));
    case "vertex":
    case "edge":
    case "wire":
    case "face":
    case "shell":
    case "solid":
    case "compound":
      return ofKind(value, [kind]);
    case "edges":
      return listOf(value, (item) => ofKind(item, ["edge"]));
    case "wires":
      return listOf(value, (item) => ofKind(item, ["wire"]));
    case "faces":
      return listOf(value, (item) => ofKind(item, ["face"]));
    case "curves":
      return listOf(value, (item) => ofKind(item, ["edge", "wire"]));
    case "sheets":
      return listOf(value, (item) => ofKind(item, ["face", "shell"]));
    case "matrix": {
      const rows = listOf(value, (row) => {
        const numbers = listOf(row, finite);
        return numbers !== NO_MATCH && (numbers as unknown[]).length === 4 ? numbers : NO_MATCH;
      });
      return rows !== NO_MATCH && [3, 4].includes((rows as unknown[]).length) ? rows : NO_MATCH;
    }
    case "workplane":
    case "sketch":
    case "assembly": {
      const guard = guards[kind];
      return guard !== undefined && guard(value) ? value : NO_MATCH;
    }
    case "color":
      return value instanceof Color || typeof value === "string" ? value : NO_MATCH;
    case "selector":
      return typeof value === "string" || value instanceof Selector ? value : NO_MATCH;
    case "function":
      return typeof value === "function" ? value : NO_MATCH;
    case "combine":
      return typeof value === "boolean" || value === "a" || value === "s" || value === "cut" ? value : NO_MATCH;
    case "centered2":
      return flags(value, 2);
    case "centered3":
      return flags(value, 3);
    case "mapping":
      return isPlainObject(value) ? Object.fromEntries(ownEntries(value)) : NO_MATCH;
    case "list":
      return Array.isArray(value) ? Array.from(value as unknown[]) : NO_MATCH;
  }
}

/** The checked copy of `value` under the first kind of `types` it fits, or NO_MATCH. */
export function checkValue(types: readonly TypeSpec[], value: unknown, guards: Guards): Checked {
  for (const type of types) {
    if (typeof type === "object") {
      if (type.oneOf.includes(value as string | number)) return value;
      continue;
    }
    const checked = checkKind(type, value, guards);
    if (checked !== NO_MATCH) return checked;
  }
  return NO_MATCH;
}

/** The item kinds of the list kinds, for naming the first bad item of a list. */
const ITEM_KINDS: Readonly<Partial<Record<ValueKind, readonly ValueKind[]>>> = Object.freeze({
  vectors: Object.freeze(["vector"] as const),
  locations: Object.freeze(["vector", "location"] as const),
  numbers: Object.freeze(["number"] as const),
  shapes: Object.freeze(["shape"] as const),
  edges: Object.freeze(["edge"] as const),
  wires: Object.freeze(["wire"] as const),
  faces: Object.freeze(["face"] as const),
  curves: Object.freeze(["edge", "wire"] as const),
  sheets: Object.freeze(["face", "shell"] as const),
});

/**
 * The first item that fails when `value` is an array given for a list of the one list kind in
 * `types` (so the message can point at it), else undefined.
 */
export function badItem(types: readonly TypeSpec[], value: unknown, guards: Guards): { index: number; value: unknown; expected: string } | undefined {
  const lists = types.filter((type): type is ValueKind => typeof type === "string" && ITEM_KINDS[type] !== undefined);
  if (lists.length !== 1 || !Array.isArray(value)) return undefined;
  const itemKinds = ITEM_KINDS[lists[0]!]!;
  const items = Array.from(value as unknown[]);
  const index = items.findIndex((item) => checkValue(itemKinds, item, guards) === NO_MATCH);
  return index < 0 ? undefined : { index, value: items[index], expected: describeTypes(itemKinds) };
}

/** "a finite number or one of "next", "last"" — what `types` accepts, for messages. */
export function describeTypes(types: readonly TypeSpec[]): string {
  const parts = types.map((type) =>
    typeof type === "object" ? `one of ${type.oneOf.map((choice) => JSON.stringify(choice)).join(", ")}` : KIND_DESCRIPTIONS[type],
  );
  return parts.join(" or ");
}
