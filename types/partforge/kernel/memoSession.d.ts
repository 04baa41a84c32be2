/**
 * Operation-level reuse inside a build slot (issue 15, point 3): kernel operations memoized by
 * content, in the session of the build that runs. An operation's key is its kind, a canonical
 * serialisation of its arguments and the keys of its input shapes (`operationKey.ts`); every
 * shape made through the memo carries its key, and a shape made any other way has none, which
 * makes every operation on it unmemoizable (correctness first). Entries belong to one tenant
 * (account): a build only ever sees its own tenant's. The bytes of a STEP export of keyed shapes
 * are memoized the same way (`memoizedBytes`), and so are the facts measured on a keyed shape
 * (`memoizedFact`: a selector's face centres; a face's facts are also found by the face itself,
 * when its parent changed but it did not). The entries are kept by the slot's `OperationMemo`
 * (`operationMemo.ts`); a build may be traced (`memoTrace.ts`).
 *
 * Its own cost, measured in-process on enclosure.ts rebuilt with p_length changed each time (no
 * entry reused; main-thread CPU, memo on minus off, paired in one process): about 7 ms of a
 * ~300 ms rebuild (A/A spread about 1 ms; booleans run non-destructively memo or not, so none
 * of it is OCCT doing different work). By CPU profile, about half of it is keeping entries
 * (`put`: the walk of the faces, kernel calls per face), then the keys (`operationKey`,
 * `subShapeKey`: 1-2 ms) and the facts (under 1 ms).
 */
import type { AnyShape } from "replicad";
import type { OperationMemo } from "./operationMemo.ts";
import { type MemoTraceRecord } from "./memoTrace.ts";
/**
 * Runs `body` (one build) with `memo` serving `tenant`; with no memo, or outside this call,
 * operations simply compute.
 */
export declare function withMemoSession<T>(memo: OperationMemo | undefined, tenant: string, body: () => T, trace?: MemoTraceRecord[]): T;
/** Whether a memo session is open (kernel operations that could change their inputs then leave them alone). */
export declare function memoSessionOpen(): boolean;
/** The key of `shape` in the open session, if it was made through the memo. */
export declare function shapeKey(shape: AnyShape): string | undefined;
/** Marks `shape` (made by this build from keyed inputs alone, deterministically) with `key`. */
export declare function markShape(shape: AnyShape, key: string): void;
/**
 * `compute()` memoized under `kind`, `args` and the keys of `inputs`. Without an open session,
 * or when an input has no key, it just computes. Results are shapes owned by the build's scope.
 */
export declare function memoized(kind: string, args: unknown, inputs: readonly AnyShape[], compute: () => AnyShape): AnyShape;
/**
 * The bytes of an export (`kind`: the format) of `inputs` with `args`, memoized as operations
 * are: an export of keyed shapes is a pure function of their keys and its arguments (the writers
 * are byte-identical for identical input), so a rebuild that ends in a shape an earlier build
 * made writes nothing again. `args()` is called only when the memo is in use. The caller gets
 * its own copy.
 */
export declare function memoizedBytes(kind: string, args: () => unknown, inputs: readonly AnyShape[], compute: () => Uint8Array): Uint8Array;
/**
 * A fact (`name`) measured on `shape` alone by `compute()`, memoized under the shape's key: a
 * rebuild that reuses a shape, or explores one again, reuses what earlier builds measured on it
 * (a selector's face centres and bounding boxes) instead of measuring it again. The shape with a
 * key is the very shape an earlier build had under that key (a hit hands out that shape; a
 * sub-shape's key names its place in its keyed parent), so the fact is the same. Only plain data
 * (what `canonical` takes: numbers, strings, arrays and plain objects of them) is kept; anything
 * else (a fact holding shapes) is computed each time. The caller gets its own copy.
 */
export declare function memoizedFact<T>(shape: AnyShape, name: string, compute: () => T): T;
