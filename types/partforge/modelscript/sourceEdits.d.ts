/**
 * Text inserted into generated code without breaking its source map: insertions hold no line
 * breaks, so lines stay, and every mapping on a line moves right by what was inserted before it.
 */
import type { SourceMapSegment } from "@jridgewell/trace-mapping";
/** Text to insert before the character at `offset` of the code. */
export interface Insertion {
    offset: number;
    text: string;
    /**
     * Whether the text closes a construct (`} catch … }`) rather than opening one. At one offset,
     * closing text goes first, innermost first; opening text follows, outermost first.
     */
    closes: boolean;
    /** How deep in the syntax tree the construct is. */
    depth: number;
    /**
     * Maps the inserted text from its `at`-th character on like the original code at `offset`
     * (V8 reports `return x` at the `return`, so an inserted `return` must map to `x`).
     */
    mapsLike?: {
        at: number;
        offset: number;
    };
}
export interface EditedCode {
    code: string;
    /** `mappings` (decoded, 0-based columns of the original code) moved to the edited code. */
    mappings: SourceMapSegment[][];
    /** Maps an offset of the original code to the edited code (text inserted at it comes before). */
    movedOffset(offset: number): number;
}
/**
 * Applies `insertions` to `code` and moves the decoded source map `mappings` with them.
 * @throws Error when an insertion holds a line break or lies outside the code.
 */
export declare function applyInsertions(code: string, insertions: readonly Insertion[], mappings: readonly (readonly SourceMapSegment[])[]): EditedCode;
