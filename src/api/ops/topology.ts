/**
 * CadQuery's topological selectors `ancestors` and `siblings`: shapes of the solid in context
 * related to the stack's shapes through shared sub-shapes (OCCT's MapShapesAndAncestors).
 */
import { subShapes } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { apiError } from "../options.ts";
import { isShape, uniqueShapes, unwrapShape, wrapShape, type Shape, type ShapeKind } from "../shape.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { requireSolid, tagged } from "./context.ts";

/** CadQuery's `Shapes` literal ("Face", "Edge", …) as partforge's shape kinds. */
const KINDS: Readonly<Record<string, ShapeKind | undefined>> = Object.freeze({
  Vertex: "vertex",
  Edge: "edge",
  Wire: "wire",
  Face: "face",
  Shell: "shell",
  Solid: "solid",
  Compound: "compound",
});

function shapeKind(method: string, kind: string): ShapeKind {
  const found = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
  if (found === undefined) {
    // "CompSolid" is in CadQuery's literal; partforge's shapes have no such kind to return.
    throw new PartforgeError("NOT_SUPPORTED", `${method}: kind "${kind}" is not supported: partforge has no CompSolid shapes; use "Solid" or "Compound"`);
  }
  return found;
}

/** The distinct sub-shapes of `kind` of one shape (the shape itself when it is of that kind). */
function partsOf(shape: Shape, kind: ShapeKind): Shape[] {
  return shape.kind === kind ? [shape] : subShapes(unwrapShape(shape), kind).map(wrapShape);
}

/** The shapes of the stack (or of the tagged Workplane's stack) these selectors start from. */
function startShapes(wp: WorkplaneImpl, method: string, tag: string | undefined): Shape[] {
  const source = tag === undefined ? wp : tagged(wp, tag, method);
  return source.state.objects.filter(isShape);
}

/** The shapes of `ctx` of one kind, each with its sub-shapes of another kind, listed once. */
function withParts(ctx: Shape, kind: ShapeKind, partKind: ShapeKind): { shape: Shape; parts: Shape[] }[] {
  return partsOf(ctx, kind).map((shape) => ({ shape, parts: partsOf(shape, partKind) }));
}

function contains(parts: readonly Shape[], shape: Shape): boolean {
  return parts.some((part) => part.isSame(shape));
}

/**
 * CadQuery's `Workplane.ancestors(kind, tag)`: the shapes of `kind` in the solid in context that
 * contain a shape of the stack, each once, in the solid's exploration order.
 */
export function ancestors(wp: WorkplaneImpl, kind: string, tag: string | undefined): WorkplaneImpl {
  const method = "ancestors";
  const ancestorKind = shapeKind(method, kind);
  const ctx = requireSolid(wp, method);
  const shapes = startShapes(wp, method, tag);
  const found: Shape[] = [];
  for (const elementKind of new Set(shapes.map((shape) => shape.kind))) {
    const candidates = withParts(ctx, ancestorKind, elementKind);
    for (const shape of shapes.filter((s) => s.kind === elementKind)) {
      const containing = candidates.filter((candidate) => contains(candidate.parts, shape));
      if (containing.length === 0 && !contains(partsOf(ctx, elementKind), shape)) {
        apiError(method, `a ${shape.ShapeType()} on the stack is not part of the solid in context, so it has no ancestors there`);
      }
      found.push(...containing.map((candidate) => candidate.shape));
    }
  }
  return wp.newObject(uniqueShapes(found));
}

/**
 * CadQuery's `Workplane.siblings(kind, level, tag)`: the shapes of the solid in context of the
 * same kind as each stack shape that share a sub-shape of `kind` with it; `level` repeats the
 * step from the siblings found (never returning to a shape already reached). The stack's own
 * shapes are left out.
 */
export function siblings(wp: WorkplaneImpl, kind: string, level: number, tag: string | undefined): WorkplaneImpl {
  const method = "siblings";
  const linkKind = shapeKind(method, kind);
  if (level < 1) apiError(method, `level must be 1 or more (how many links away a sibling is); got ${level}`);
  const ctx = requireSolid(wp, method);
  const shapes = startShapes(wp, method, tag);
  const peersByKind = new Map<ShapeKind, { shape: Shape; parts: Shape[] }[]>();
  const found: Shape[] = [];
  for (const start of shapes) {
    const peers = peersByKind.get(start.kind) ?? withParts(ctx, start.kind, linkKind);
    peersByKind.set(start.kind, peers);
    const reached = new Set<number>();
    let frontier = [start];
    let step: number[] = [];
    for (let i = 0; i < level; i++) {
      const frontierIndices = frontier.map((shape) => peers.findIndex((peer) => peer.shape.isSame(shape)));
      for (const index of frontierIndices) if (index >= 0) reached.add(index);
      const links = frontier.flatMap((shape, j) => (frontierIndices[j]! >= 0 ? peers[frontierIndices[j]!]!.parts : partsOf(shape, linkKind)));
      step = peers.flatMap((peer, index) => (!reached.has(index) && peer.parts.some((part) => contains(links, part)) ? [index] : []));
      frontier = step.map((index) => peers[index]!.shape);
    }
    found.push(...frontier);
  }
  return wp.newObject(uniqueShapes(found).filter((shape) => !contains(shapes, shape)));
}
