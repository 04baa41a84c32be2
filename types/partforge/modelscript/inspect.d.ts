/** A 1-based line and 0-based column in the generated code (acorn's convention). */
export interface GeneratedPosition {
    line: number;
    column: number;
}
/** A construct the output must not contain, where it is in the generated code. */
export interface ForbiddenConstruct {
    message: string;
    at: GeneratedPosition;
}
/** What compile needs to know about esbuild's output. */
export interface OutputFacts {
    forbidden: ForbiddenConstruct[];
    /** Export name → where its local declaration's name is. */
    exports: Map<string, GeneratedPosition>;
    /** Each name read from the `"partforge"` module, with where it is first read. */
    partforgeNames: Map<string, GeneratedPosition>;
    comments: Array<{
        start: number;
        end: number;
    }>;
}
/**
 * Inspects esbuild's CommonJS output: finds what a ModelScript may not do (dynamic `import()`,
 * `import.meta`, any `require` but esbuild's own `require("partforge")`), where each export is
 * declared, which names are read from `"partforge"`, and where the comments are.
 * @throws SyntaxError (from acorn) only if esbuild produced code acorn cannot parse.
 */
export declare function inspectOutput(code: string): OutputFacts;
