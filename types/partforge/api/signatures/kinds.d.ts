import type { TypeSpec, ValueKind } from "./types.ts";
/** Recognises partforge's own objects whose classes the table cannot import (they import it). */
export type Guards = Readonly<Partial<Record<"workplane" | "sketch" | "assembly", (value: unknown) => boolean>>>;
/** Marks "not of this kind" (a value may legitimately be `undefined` only for None). */
export declare const NO_MATCH: unique symbol;
type Checked = unknown | typeof NO_MATCH;
/** How a kind reads in an error message ("height must be a finite number"). */
export declare const KIND_DESCRIPTIONS: Readonly<Record<ValueKind, string>>;
/** A plain object: written as `{ … }` in the script (not an array, class instance or function). */
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/** Own enumerable string keys and their values, each read once. */
export declare function ownEntries(value: Record<string, unknown>): [string, unknown][];
/** The checked copy of `value` under the first kind of `types` it fits, or NO_MATCH. */
export declare function checkValue(types: readonly TypeSpec[], value: unknown, guards: Guards): Checked;
/**
 * The first item that fails when `value` is an array given for a list of the one list kind in
 * `types` (so the message can point at it), else undefined.
 */
export declare function badItem(types: readonly TypeSpec[], value: unknown, guards: Guards): {
    index: number;
    value: unknown;
    expected: string;
} | undefined;
/** "a finite number or one of "next", "last"" — what `types` accepts, for messages. */
export declare function describeTypes(types: readonly TypeSpec[]): string;
export {};
