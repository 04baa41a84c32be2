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
    /** Frees every entry's handle (geometry a build still holds stays alive until that build ends). */
    clear(): void;
}
