/**
 * CadQuery's topological relations, the one implementation behind `Shape.ancestors`/`siblings`
 * and `Workplane.ancestors`/`siblings`: the shapes of one kind, within a containing shape, that
 * hold given shapes, or that share sub-shapes of one kind with them (level by level). Results
 * come in the given shapes' order, then the containing shape's exploration order (CadQuery's
 * are a set), each once. The kernel finds the links by id; only returned shapes are wrapped.
 */
import { linkedSubShapes, type TopologyLinks } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import type { Shape, ShapeKind } from "./shape.ts";
import { unwrapShape, wrapShape } from "./wrap.ts";

/** CadQuery's `Shapes` names ("Face", "Edge", …) as the kinds partforge has; "CompSolid" is not one. */
const KINDS: Readonly<Record<string, ShapeKind | undefined>> = Object.freeze({
  Vertex: "vertex",
  Edge: "edge",
  Wire: "wire",
  Face: "face",
  Shell: "shell",
  Solid: "solid",
  Compound: "compound",
});

/** The partforge kind CadQuery's kind `name` stands for; undefined for "CompSolid" (partforge has none) and unknown names. */
export function topologyKind(name: string): ShapeKind | undefined {
  return Object.hasOwn(KINDS, name) ? KINDS[name] : undefined;
}

/** What a relation returns for `within` itself, and what it does about a shape `within` does not hold. */
export interface RelationOptions {
  /**
   * Whether `within`, when it is of the kind asked for, comes back as itself (the Workplane's
   * selectors: the stack keeps the solid in context) rather than as its sub-shape copy (the
   * Shape methods, as `subShapes`).
   */
  readonly withinAsItself: boolean;
  /** Called, to throw, for a shape `within` does not hold; without it, such a shape just has no ancestors. */
  readonly foreign?: (shape: Shape) => never;
}

/** For each link id, the candidates holding it, in candidate (exploration) order. */
function holdersByLink(links: TopologyLinks): Map<number, number[]> {
  const holders = new Map<number, number[]>();
  links.candidates.forEach((parts, candidate) => {
    for (const id of parts) {
      const list = holders.get(id);
      if (list === undefined) holders.set(id, [candidate]);
      else list.push(candidate);
    }
  });
  return holders;
}

/**
 * Runs `relation` on the links of `within`'s shapes of `kind` through their `linkKind` sub-shapes
 * (and the ids of `queries`), which gives for each query the candidate indices it relates to.
 * `wrapped` holds the facades of candidates already made (by an earlier call on the same
 * `within` and `kind`) and gets those of the newly picked ones.
 */
function relate(
  within: Shape,
  kind: ShapeKind,
  linkKind: ShapeKind,
  queries: readonly Shape[],
  options: RelationOptions,
  relation: (links: TopologyLinks, holders: Map<number, number[]>) => number[][],
  wrapped: Map<number, Shape>,
): number[][] {
  let perQuery: number[][] = [];
  let picked: number[] = [];
  const context = unwrapShape(within);
  const made = linkedSubShapes(context, kind, linkKind, queries.map(unwrapShape), (links) => {
    perQuery = relation(links, holdersByLink(links));
    picked = [...new Set(perQuery.flat())].filter((index) => !wrapped.has(index));
    return picked;
  });
  const itself = options.withinAsItself && within.kind === kind;
  made.forEach((shape, i) => wrapped.set(picked[i]!, itself && shape.wrapped.IsSame(context.wrapped) ? within : wrapShape(shape)));
  return perQuery;
}

/**
 * The shapes of `kind` in `within` that contain one of `shapes`: for each kind of `shapes` in
 * order of first appearance, for each shape of it in order, its ancestors in exploration order;
 * each once.
 */
export function ancestorShapes(within: Shape, kind: ShapeKind, shapes: readonly Shape[], options: RelationOptions): Shape[] {
  const wrapped = new Map<number, Shape>();
  const found = new Set<number>();
  for (const partKind of new Set(shapes.map((shape) => shape.kind))) {
    const queries = shapes.filter((shape) => shape.kind === partKind);
    let foreign: Shape | undefined;
    const perQuery = relate(within, kind, partKind, queries, options, (links, holders) =>
      queries.map((shape, query) => {
        const containing = holders.get(links.queryIds[query]!) ?? [];
        if (containing.length === 0 && foreign === undefined && options.foreign !== undefined && !links.contextHolds(query)) foreign = shape;
        return containing;
      }),
    wrapped);
    if (foreign !== undefined) options.foreign?.(foreign);
    for (const index of perQuery.flat()) found.add(index);
  }
  return [...found].map((index) => wrapped.get(index)!);
}

/** The candidates `level` links away from query `query` (never one already reached), in exploration order. */
function siblingIndices(links: TopologyLinks, holders: Map<number, number[]>, query: number, level: number): number[] {
  const start = links.queryCandidates[query]!;
  const reached = new Set<number>(start >= 0 ? [start] : []);
  let frontierLinks = links.linksOfQuery(query);
  let step: number[] = [];
  for (let i = 0; i < level; i++) {
    const next = new Set<number>();
    for (const id of frontierLinks) for (const candidate of holders.get(id) ?? []) if (!reached.has(candidate)) next.add(candidate);
    step = [...next].sort((a, b) => a - b);
    for (const candidate of step) reached.add(candidate);
    frontierLinks = [...new Set(step.flatMap((candidate) => links.candidates[candidate]!))];
  }
  return step;
}

/**
 * The shapes of each start's kind in `within` that share a sub-shape of `linkKind` with it,
 * `level` links away (never returning to a shape already reached): for each start in order, its
 * siblings in exploration order; each once, and none of `starts` itself.
 */
export function siblingShapes(within: Shape, linkKind: ShapeKind, starts: readonly Shape[], level: number, options: RelationOptions): Shape[] {
  const perStart = new Map<Shape, Shape[]>();
  const excluded = new Set<Shape>();
  for (const kind of new Set(starts.map((shape) => shape.kind))) {
    const queries = starts.filter((shape) => shape.kind === kind);
    const wrapped = new Map<number, Shape>();
    let startCandidates: readonly number[] = [];
    const perQuery = relate(within, kind, linkKind, queries, options, (links, holders) => {
      startCandidates = links.queryCandidates;
      return queries.map((_, query) => siblingIndices(links, holders, query, level));
    }, wrapped);
    queries.forEach((start, query) => perStart.set(start, perQuery[query]!.map((index) => wrapped.get(index)!)));
    for (const index of startCandidates) if (wrapped.has(index)) excluded.add(wrapped.get(index)!);
  }
  const found = new Set(starts.flatMap((start) => perStart.get(start)!));
  return [...found].filter((shape) => !excluded.has(shape));
}

function kindOf(method: string, name: string): ShapeKind {
  const kind = topologyKind(name);
  if (kind === undefined) throw new PartforgeError("NOT_SUPPORTED", `Shape.${method}: kind "${name}" is not supported (partforge has no CompSolid shapes)`);
  return kind;
}

/** `Shape.ancestors`: the shapes of `kindName` in `within` that contain `self`. */
export function ancestorsOf(self: Shape, within: Shape, kindName: string): Shape[] {
  return ancestorShapes(within, kindOf("ancestors", kindName), [self], { withinAsItself: false });
}

/** `Shape.siblings`: the shapes of `self`'s kind in `within` sharing a sub-shape of `kindName` with `self`, `level` steps out. */
export function siblingsOf(self: Shape, within: Shape, kindName: string, level: number): Shape[] {
  if (!Number.isInteger(level) || level < 1) throw new PartforgeError("SCRIPT_EXCEPTION", `Shape.siblings: level must be a whole number of at least 1; got ${level}`);
  return siblingShapes(within, kindOf("siblings", kindName), [self], level, { withinAsItself: false });
}
