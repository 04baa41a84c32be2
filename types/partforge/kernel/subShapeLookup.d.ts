/**
 * Where given shapes sit in a context shape: their index among its sub-shapes of a kind, or the
 * first of its sub-shapes of a kind that holds each. One pass over the context (shapes told
 * apart by id, as `linkedSubShapes` does), where listing and comparing the sub-shapes of every
 * candidate for every query was quadratic; only the shapes returned are made.
 */
import type { AnyShape } from "replicad";
import type { SubShapeKind } from "./operations.ts";
/**
 * For each of `queries`: its index in `subShapes(context, kind)` (IsSame), or -1 when the context
 * has no such sub-shape (a degenerated edge never has one, as `subShapes` leaves those out).
 */
export declare function subShapeIndices(context: AnyShape, kind: SubShapeKind, queries: readonly AnyShape[]): number[];
/**
 * For each of `queries` (shapes of `linkKind`): the first shape of `subShapes(context, kind)` that
 * holds it, that very shape (same memo key), or undefined when none does.
 */
export declare function firstHolders(context: AnyShape, kind: SubShapeKind, linkKind: SubShapeKind, queries: readonly AnyShape[]): (AnyShape | undefined)[];
