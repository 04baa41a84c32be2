import { type Comment, type Node } from "acorn";
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
/**
 * A `require("…")` call of a literal module name. esbuild writes one for each import or
 * re-export declaration; the author may have written one too. Which it is, only the source map
 * tells (see importPolicy.ts).
 */
export interface ModuleRequire {
    specifier: string;
    /** Where the call starts. */
    at: GeneratedPosition;
    /** Where its module name (the string literal) is. */
    specifierAt: GeneratedPosition;
}
/** What compile needs to know about esbuild's output. */
export interface OutputFacts {
    forbidden: ForbiddenConstruct[];
    requires: ModuleRequire[];
    /** Export name → where its local declaration's name is. */
    exports: Map<string, GeneratedPosition>;
    /** Each name read from the `"partforge"` module, with where it is first read. */
    partforgeNames: Map<string, GeneratedPosition>;
    comments: Comment[];
    /** acorn's syntax tree of the output, for the instrumentation (instrument.ts). */
    program: Node;
}
/** The one module a ModelScript may import. */
export declare const PARTFORGE = "partforge";
/** The end of every refusal of an import: what a ModelScript may import instead. */
export declare const IMPORT_ONLY_PARTFORGE = "a ModelScript can only import from \"partforge\"";
/** The end of a refusal of `require` or `import()`: the import statement is the way. */
export declare const IMPORT_STATEMENT_ONLY = "a ModelScript can only import from \"partforge\", with an import statement";
/**
 * Inspects esbuild's CommonJS output: finds what a ModelScript may not do (dynamic `import()`,
 * `import.meta`, any use of `require` but a call of a literal module name), every such call, where
 * each export is declared, which names are read from `"partforge"`, and where the comments are.
 * @throws SyntaxError (from acorn) only if esbuild produced code acorn cannot parse.
 */
export declare function inspectOutput(code: string): OutputFacts;
/** Every name the top level of `program` declares (`var`, `let`, `const`, functions, classes; patterns included). */
export declare function topLevelNames(program: Node): Set<string>;
