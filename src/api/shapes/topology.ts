/**
 * CadQuery's `Shape.ancestors` and `Shape.siblings`: the shapes of one kind, within a containing
 * shape, that hold a given shape, or that share sub-shapes of one kind with it (level by level).
 * Results come in the containing shape's exploration order (CadQuery's are a set).
 */
import { subShapes } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import type { Shape, ShapeKind } from "./shape.ts";
import { unwrapShape, wrapShape } from "./wrap.ts";

/** CadQuery's `Shapes` names, as the kinds partforge has. */
const KINDS: Readonly<Record<string, ShapeKind>> = Object.freeze({
  Vertex: "vertex",
  Edge: "edge",
  Wire: "wire",
  Face: "face",
  Shell: "shell",
  Solid: "solid",
  Compound: "compound",
});

function kindOf(method: string, name: string): ShapeKind {
  const kind = KINDS[name];
  if (kind === undefined) throw new PartforgeError("NOT_SUPPORTED", `Shape.${method}: kind "${name}" is not supported (partforge has no CompSolid shapes)`);
  return kind;
}

function holds(container: Shape, part: Shape): boolean {
  const own = unwrapShape(part);
  return subShapes(unwrapShape(container), part.kind).some((s) => s.isSame(own));
}

/** The shapes of `kindName` in `within` that contain `self`. */
export function ancestorsOf(self: Shape, within: Shape, kindName: string): Shape[] {
  return subShapes(unwrapShape(within), kindOf("ancestors", kindName))
    .map(wrapShape)
    .filter((candidate) => holds(candidate, self));
}

/** The shapes of `self`'s kind in `within` sharing a sub-shape of `kindName` with `self`, `level` steps out. */
export function siblingsOf(self: Shape, within: Shape, kindName: string, level: number): Shape[] {
  if (!Number.isInteger(level) || level < 1) throw new PartforgeError("SCRIPT_EXCEPTION", `Shape.siblings: level must be a whole number of at least 1; got ${level}`);
  const kind = kindOf("siblings", kindName);
  const candidates = subShapes(unwrapShape(within), self.kind).map(wrapShape);
  const shared = candidates.map((c) => subShapes(unwrapShape(c), kind));
  const excluded: Shape[] = [];
  let current: Shape[] = [self];
  for (let step = 0; step < level; step++) {
    excluded.push(...current);
    const parts = current.flatMap((s) => subShapes(unwrapShape(s), kind));
    current = candidates.filter((c, i) => !excluded.some((e) => e.isSame(c)) && shared[i]!.some((p) => parts.some((q) => q.isSame(p))));
  }
  return current;
}
