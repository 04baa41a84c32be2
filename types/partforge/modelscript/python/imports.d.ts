/** Import statements read from the syntax tree, and the modules a Python ModelScript may import. */
import type { SyntaxNode } from "@lezer/common";
export type ImportForm = {
    kind: "import";
    items: Array<{
        module: string;
        alias: string | undefined;
        at: SyntaxNode;
    }>;
} | {
    kind: "from";
    module: string;
    level: number;
    moduleAt: SyntaxNode;
    items: "*" | Array<{
        name: string;
        alias: string | undefined;
        at: SyntaxNode;
    }>;
};
/** `import a.b as c, d` or `from a.b import x as y, z` / `from a import *`. */
export declare function readImport(node: SyntaxNode, text: (node: SyntaxNode) => string): ImportForm;
/** Modules a Python ModelScript may import: the runtime provides each as a module object. */
export declare const ALLOWED_MODULES: ReadonlySet<string>;
