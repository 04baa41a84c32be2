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
