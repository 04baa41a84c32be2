/**
 * `import * as cq from "partforge"` (and `export * as … from "partforge"`, and every Python
 * script: its runtime imports the module so) without a copy of the module per evaluation.
 *
 * esbuild compiles a namespace import to `__toESM(require("partforge"))`, and its `__toESM`
 * helper makes CommonJS look like an ES module: a fresh object with a getter (a new closure) for
 * each of the ~45 exports, plus a `default` holding the `require` result. A ModelScript is
 * evaluated for every build, so every build paid for that copy. But `"partforge"` is no CommonJS
 * module: `require("partforge")` answers the frozen, null-prototype scope (evaluate.ts), one
 * object per scope, already what a namespace is (its exports, no `default`, immutable). So the
 * compile makes the helper return its argument, in the same lines (its lines carry no source
 * map segment and nothing after them moves).
 *
 * What a script sees of the namespace (namespaceImport.test.ts): every export,
 * in the module's own order (a real ES namespace sorts them; `"partforge"`'s exports come from an
 * ES namespace, so they are sorted too), no `default` key (as an ES namespace of a module without
 * a default export; reading `cq.default` or a default import is refused at load, validate.ts),
 * frozen and null-prototype (a real namespace is not extensible and has a null prototype too,
 * but its properties say `writable: true` and it has `Symbol.toStringTag` "Module"; neither
 * could be had without a copy or a Proxy). The same object in every build of a slot: nothing
 * crosses builds, since nothing can change it.
 */
import type { Node } from "acorn";
/** esbuild's `__toESM` helper, exactly as its transform (0.28) writes it to CommonJS output. */
export declare const ESBUILD_TO_ESM: string;
/**
 * What replaces it, on its first line (its other lines are left empty): `Object` called on an
 * object returns that object, so `__toESM(require("partforge"))` is the `require` result. A
 * builtin rather than `(mod) => mod`: no function of the script's own to instrument
 * (instrument.ts), and esbuild renames an author's `Object` as it does for its other helpers.
 */
export declare const SHARED_NAMESPACE_HELPER = "var __toESM = Object;";
/** The 1-based lines, first to last, of the generated code that hold esbuild's helper. */
export interface HelperLines {
    readonly first: number;
    readonly last: number;
}
/**
 * Where esbuild's own `__toESM` helper is in its output `code` (parsed to `program`): a
 * top-level statement of whole lines with exactly esbuild's text, in a program that calls it on
 * `require("partforge")` only. Undefined when there is none (no namespace import), or when the
 * text differs (another esbuild: the helper then stays, and copies as before).
 */
export declare function namespaceHelperLines(program: Node, code: string): HelperLines | undefined;
/**
 * `code` (the compiled code, whose lines are those of esbuild's output) with the helper's lines
 * replaced: `SHARED_NAMESPACE_HELPER` on the first, the others emptied.
 */
export declare function withSharedNamespace(code: string, lines: HelperLines): string;
