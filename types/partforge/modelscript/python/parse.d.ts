/**
 * Parsing Python source with @lezer/python (a maintained, incremental LR grammar of Python 3
 * including f-strings), bounded for hostile text: the source length, the nesting depth and the
 * node count are limited before anything walks the tree recursively, and a syntax error is
 * reported at the first error node with Python's line and column.
 */
import type { SyntaxNode, Tree } from "@lezer/common";
/** Limits that keep translation linear and shallow whatever the text. */
export declare const PYTHON_LIMITS: {
    readonly maxSourceChars: number;
    readonly maxParseMs: number;
    readonly maxDepth: number;
    readonly maxNodes: number;
    readonly maxIntDigits: number;
};
export type PythonLimits = typeof PYTHON_LIMITS;
/** A parsed Python module: the tree and a way to turn offsets into 1-based line:column. */
export interface ParsedPython {
    readonly source: string;
    readonly tree: Tree;
    readonly top: SyntaxNode;
    position(offset: number): {
        line: number;
        column: number;
    };
    text(node: SyntaxNode): string;
}
/**
 * Parses `source` (already normalised: `\n` line ends, no BOM).
 * @throws PartforgeError SCRIPT_SYNTAX at the first syntax error, or when a limit is exceeded.
 */
export declare function parsePython(source: string, limits?: Partial<PythonLimits>): ParsedPython;
