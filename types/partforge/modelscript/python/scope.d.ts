/**
 * Python's scoping, decided statically: a name assigned anywhere in a function body (or bound
 * by `for`, `import`, `def`, `except … as`) is local to that function unless declared `global`
 * or `nonlocal`; comprehensions and lambdas have their own scopes. The translator declares each
 * scope's locals up front, so JavaScript's block scoping never differs from Python's.
 */
import type { SyntaxNode } from "@lezer/common";
export interface PyScope {
    readonly kind: "module" | "function";
    readonly locals: Set<string>;
    readonly globals: Set<string>;
    readonly nonlocals: Set<string>;
    readonly parent: PyScope | undefined;
}
/** The names `body` (a Script or a function's Body) binds, with its global/nonlocal declarations. */
export declare function collectScope(kind: PyScope["kind"], body: SyntaxNode, params: readonly string[], text: (node: SyntaxNode) => string, parent: PyScope | undefined): PyScope;
/** The target expressions of an assignment `a = b = value` (every side before an `=`). */
export declare function assignTargets(node: SyntaxNode): SyntaxNode[];
/** The loop targets of a `for` statement (before `in`). */
export declare function forTargets(node: SyntaxNode): SyntaxNode[];
/** The local names an import statement binds. */
export declare function importedNames(node: SyntaxNode, text: (node: SyntaxNode) => string): string[];
