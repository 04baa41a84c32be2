import type { AnyShape } from "replicad";
import type { TopoDS_Shape } from "replicad-opencascadejs";
/**
 * An operation whose computing used less than this many milliseconds of its thread's CPU
 * (`threadCpuMs`) is keyed (so what is made from it can be reused) but not kept: keeping an
 * entry costs a walk of its faces and a handle, which for a box, a prism of a circle or a
 * sketched edge cost about as much as making it again (measured on lego-brick.ts: 50 ms keeping
 * boxes that took 38 ms to make, 132 ms keeping prisms that took 128 ms). CPU, not wall time:
 * wall time also counts the thread's waits for a core, so under load the same operation was
 * kept or not depending on the machine's load. Whether an operation is kept changes only the
 * time, never the result: a result is the same shape whether it is computed or reused.
 */
export declare const DEFAULT_KEEP_MIN_MS = 0.5;
/** Counters for tests and the bench. */
export interface MemoStats {
    entries: number;
    bytes: number;
    budgetBytes: number;
    hits: number;
    misses: number;
    /** Misses computed in less CPU time than `keepMinMs` and so not kept: they miss again next time by design, not for lack of reuse. */
    notKept: number;
    /** Operations that could not be memoized: an input shape had no key. */
    unkeyed: number;
    evictions: number;
    /** Facts measured on a shape that a later build took from the memo instead of measuring again, and those it measured. */
    factHits: number;
    factMisses: number;
    /**
     * Fact misses (by the shape's key) served instead by the face itself: the very kernel face
     * (same TShape, location and orientation) an earlier build measured, found under a parent that
     * changed (a boolean keeps the faces of its inputs that it does not cut).
     */
    faceFactHits: number;
}
/**
 * The memo of one slot: entries keyed by tenant and operation key, least recently used first,
 * their estimated sizes bounded by `budgetBytes`.
 */
export declare class OperationMemo {
    #private;
    readonly budgetBytes: number;
    /** Operations that computed in less CPU time than this (ms) are keyed but not kept (see `DEFAULT_KEEP_MIN_MS`). */
    readonly keepMinMs: number;
    /** The CPU clock (ms) that `keepMinMs` is read on: `threadCpuMs`, unless a test gives one it drives itself. */
    readonly cpuClockMs: () => number;
    constructor(options: {
        budgetBytes: number;
        keepMinMs?: number;
        cpuClockMs?: () => number;
    });
    get stats(): MemoStats;
    put(tenant: string, key: string, shape: TopoDS_Shape): void;
    /** Frees every entry's handle (geometry a build still holds stays alive until that build ends). */
    clear(): void;
}
/**
 * What a memoized call did: taken from the memo (`hit`), computed and kept (`miss`), computed and
 * not kept for using less CPU than `keepMinMs` (`notKept`), computed because an input had no key
 * (`unkeyed`), or computed because this build already holds the shape under that key (`repeat`).
 */
export type MemoOutcome = "hit" | "miss" | "notKept" | "unkeyed" | "repeat";
/** One memoized call of a traced build: its kind (an operation's, `export <format>` or `fact <name>`), what it did, and its own wall time. */
export interface MemoTraceRecord {
    kind: string;
    outcome: MemoOutcome;
    /** Wall ms of the call less the traced calls nested in it (a hit's time is taking the shape out). */
    ms: number;
}
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
/** The key of the `index`-th `kind` sub-shape of the shape keyed `parentKey` (exploration order is deterministic). */
export declare function subShapeKey(parentKey: string, kind: string, index: number): string;
/**
 * A fixed-length digest of the operation's kind, canonical arguments and input keys. One
 * `crypto.hash` of the joined text: the same bytes as the `createHash(…).update(…)` chain it
 * replaces, so the same SHA-256 keys, without a Hash object per key (measured: about a third of
 * the memo's key cost on enclosure.ts was making Hash objects).
 */
export declare function operationKey(kind: string, args: unknown, inputKeys: readonly string[]): string;
/**
 * Arguments as text that differs whenever they differ: numbers exactly (`-0` and `0` apart),
 * object keys sorted, `undefined` distinct from absent-by-null. Shapes are never arguments (they
 * are inputs, by key); anything else is refused, so a new caller cannot key on something lossy.
 */
export declare function canonical(value: unknown): string;
