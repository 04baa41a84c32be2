/**
 * What CadQuery's topological selectors (`ancestors`, `siblings`) follow: a context shape's
 * shapes of one kind (the candidates) and, for each, its sub-shapes of another kind (the links),
 * as ids. One pass in one kernel run; shapes are told apart as `subShapes` does (OCCT's shape hash,
 * then IsSame within a bucket), so no sub-shape is copied into a replicad shape or compared
 * pairwise. Only the candidates the caller picks are made into shapes. (OCCT's indexed maps,
 * TopTools_IndexedMapOfShape, would give the ids, but this build cannot construct them: their
 * base class NCollection_BaseMap is not bound.)
 */
import type { AnyShape } from "replicad";
import type { TopoDS_Shape } from "replicad-opencascadejs";
import { adoptCopy } from "./adopt.ts";
import { markShape, shapeKey } from "./memoSession.ts";
import { subShapeKey } from "./operationKey.ts";
import type { SubShapeKind } from "./operations.ts";
import { kernelRun } from "./run.ts";
import { subShapeIdsOf, topAbsKind } from "./shapeIds.ts";

/** The links, by id; valid only while the `choose` callback that receives them runs. */
export interface TopologyLinks {
  /**
   * For each candidate (the context's distinct shapes of `kind`, in `subShapes` order): the ids
   * of its distinct sub-shapes of `linkKind`, in exploration order.
   */
  readonly candidates: readonly (readonly number[])[];
  /** For each query shape: the candidate it is (IsSame), or -1. */
  readonly queryCandidates: readonly number[];
  /** For each query shape: its own id among the link shapes (when it is one of them), or -1. */
  readonly queryIds: readonly number[];
  /** The ids of the `linkKind` sub-shapes of query shape `query` that are link shapes. */
  linksOfQuery(query: number): readonly number[];
  /** Whether the context holds query shape `query` among its sub-shapes of `linkKind`. */
  contextHolds(query: number): boolean;
}

/**
 * Finds the links of `context`'s shapes of `kind` through their sub-shapes of `linkKind` (and
 * the ids of `queries` among them), lets `choose` pick candidates by index (distinct), and
 * returns those candidates as shapes, in `choose`'s order. A picked candidate is the shape
 * `subShapes(context, kind)` gives at that index, with the same memo key. A shape of a kind is
 * its own only part of that kind (OCCT's explorer does not look inside what it finds), and
 * degenerated edges are left out, as `subShapes` does.
 */
export function linkedSubShapes(
  context: AnyShape,
  kind: SubShapeKind,
  linkKind: SubShapeKind,
  queries: readonly AnyShape[],
  choose: (links: TopologyLinks) => readonly number[],
): AnyShape[] {
  return kernelRun(`finding ${kind}s linked by ${linkKind}s`, (oc, keep) => {
    const kinds = oc.TopAbs_ShapeEnum;
    // One explorer, re-initialised for every shape: OCCT's explorer leaks a little per instance.
    const explorer = keep(new oc.TopExp_Explorer());
    /** Calls `each` with every sub-shape of `k` in `shape`, repeats included. */
    const partsOf = (shape: TopoDS_Shape, k: SubShapeKind, each: (part: TopoDS_Shape) => void): void => {
      for (explorer.Init(shape, topAbsKind(oc, k), kinds.TopAbs_SHAPE); explorer.More(); explorer.Next()) each(keep(explorer.Current()));
    };
    // Candidates' ids 0…n-1 are subShapes' indices (both keep first occurrences in exploration order).
    const candidateIds = subShapeIdsOf(oc, keep, kind);
    partsOf(context.wrapped, kind, (part) => candidateIds.add(part));
    const linkIds = subShapeIdsOf(oc, keep, linkKind);
    const candidates: number[][] = [];
    for (let index = 0; index < candidateIds.size; index++) {
      const ids = new Set<number>();
      partsOf(candidateIds.shape(index), linkKind, (part) => {
        const id = linkIds.add(part);
        if (id >= 0) ids.add(id);
      });
      candidates.push([...ids]);
    }
    const queryCandidates = queries.map((query) => candidateIds.find(query.wrapped));
    const queryIds = queries.map((query) => linkIds.find(query.wrapped));

    let contextLinks: Set<number> | undefined;
    const links: TopologyLinks = {
      candidates,
      queryCandidates,
      queryIds,
      linksOfQuery(query) {
        const candidate = queryCandidates[query]!;
        // A candidate's sub-shapes are the query's own (IsSame: same TShape, same location).
        if (candidate >= 0) return candidates[candidate]!;
        const ids = new Set<number>();
        partsOf(queries[query]!.wrapped, linkKind, (part) => {
          const id = linkIds.find(part);
          if (id >= 0) ids.add(id);
        });
        return [...ids];
      },
      contextHolds(query) {
        if (contextLinks === undefined) {
          const found = new Set<number>();
          partsOf(context.wrapped, linkKind, (part) => found.add(linkIds.add(part)));
          found.delete(-1);
          contextLinks = found;
        }
        const id = linkIds.find(queries[query]!.wrapped);
        return id >= 0 && contextLinks.has(id);
      },
    };
    const picked = choose(links);
    const parentKey = shapeKey(context);
    return picked.map((index) => {
      const shape = adoptCopy(candidateIds.shape(index));
      if (parentKey !== undefined) markShape(shape, subShapeKey(parentKey, kind, index));
      return shape;
    });
  });
}
