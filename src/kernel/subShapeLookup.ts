/**
 * Where given shapes sit in a context shape: their index among its sub-shapes of a kind, or the
 * first of its sub-shapes of a kind that holds each. One pass over the context (shapes told
 * apart by id, as `linkedSubShapes` does), where listing and comparing the sub-shapes of every
 * candidate for every query was quadratic; only the shapes returned are made.
 */
import type { AnyShape } from "replicad";
import type { SubShapeKind } from "./operations.ts";
import { kernelRun } from "./run.ts";
import { distinctSubShapes } from "./shapeIds.ts";
import { linkedSubShapes } from "./topologyLinks.ts";

/**
 * For each of `queries`: its index in `subShapes(context, kind)` (IsSame), or -1 when the context
 * has no such sub-shape (a degenerated edge never has one, as `subShapes` leaves those out).
 */
export function subShapeIndices(context: AnyShape, kind: SubShapeKind, queries: readonly AnyShape[]): number[] {
  return kernelRun(`finding shapes among the ${kind}s`, (oc, keep) => {
    // Ids are subShapes' indices (distinct shapes in exploration order, degenerated edges left out).
    const ids = distinctSubShapes(oc, keep, context.wrapped, kind);
    return queries.map((query) => ids.find(query.wrapped));
  });
}

/**
 * For each of `queries` (shapes of `linkKind`): the first shape of `subShapes(context, kind)` that
 * holds it, that very shape (same memo key), or undefined when none does.
 */
export function firstHolders(context: AnyShape, kind: SubShapeKind, linkKind: SubShapeKind, queries: readonly AnyShape[]): (AnyShape | undefined)[] {
  let holderOf: number[] = [];
  let picked: number[] = [];
  const made = linkedSubShapes(context, kind, linkKind, queries, (links) => {
    // Candidates come in subShapes order, so the lowest holding a query's id is the first.
    const first = new Map<number, number>();
    links.candidates.forEach((parts, candidate) => {
      for (const id of parts) if (!first.has(id)) first.set(id, candidate);
    });
    holderOf = links.queryIds.map((id) => first.get(id) ?? -1);
    picked = [...new Set(holderOf.filter((candidate) => candidate >= 0))];
    return picked;
  });
  const shapes = new Map(picked.map((candidate, i) => [candidate, made[i]!]));
  return holderOf.map((candidate) => shapes.get(candidate));
}
