/** The compiled prelude: the same frozen object for every compile of the process. */
export interface CompiledPrelude {
    /**
     * Strict-mode code (it goes after the script's `"use strict"` line, so it has none of its
     * own), instrumented, without comments: whole lines, ending with a line break.
     */
    readonly code: string;
    /** How many lines `code` has. */
    readonly lineCount: number;
    /** Every name the prelude's top level declares. */
    readonly topLevelNames: ReadonlySet<string>;
}
/**
 * The compiled prelude, compiled on first use. A failure (only a defect of runtime.js or of the
 * pipeline can fail it) is not kept: the next call tries again.
 * @throws PartforgeError INTERNAL when the prelude does not compile to a plain script.
 */
export declare function compiledPrelude(): Promise<CompiledPrelude>;
