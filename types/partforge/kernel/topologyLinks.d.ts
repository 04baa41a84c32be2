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
import type { SubShapeKind } from "./operations.ts";
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
export declare function linkedSubShapes(context: AnyShape, kind: SubShapeKind, linkKind: SubShapeKind, queries: readonly AnyShape[], choose: (links: TopologyLinks) => readonly number[]): AnyShape[];
