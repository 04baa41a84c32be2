/**
 * Compile-time instrumentation of a ModelScript (issue 12, point 3): every place in the script
 * where a thrown value can stop propagating hands it to partforge's hook first, so a stack
 * overflow the script swallows is still seen (see shared/stackOverflow.ts):
 *
 * - a `catch` clause, with a binding, a destructuring pattern or none, calls the hook first;
 * - a `try` with a non-empty `finally` gets a catch clause that calls the hook and rethrows, so a
 *   `finally` that returns, breaks or throws cannot discard an overflow unseen;
 * - every non-empty function body (declarations, expressions, arrows, methods, accessors,
 *   constructors, async functions and generators) is wrapped in the same catch-and-rethrow, so a
 *   function whose exception V8's promise machinery turns into a rejection (an async function, a
 *   Promise executor or reaction) or that an iterator's close discards still reports it.
 *
 * Only text is inserted, never a line break: lines stay, and the source map's columns are shifted
 * where text went in (see sourceEdits.ts). The hook is a parameter of the module function the
 * evaluators wrap the code in; the script can neither declare nor name anything starting with
 * `__partforge`, nor use `arguments` outside a function (the module function's own; an ES module
 * has none), all refused at compile time, so it can neither reach, shadow nor replace the hook.
 */
import type { Comment, Node } from "acorn";
import type { GeneratedPosition } from "./inspect.ts";
import type { Insertion } from "./sourceEdits.ts";
/** The prefix of every name partforge's instrumentation uses; scripts may not use it. */
export declare const RESERVED_PREFIX = "__partforge";
/** The module function's parameter holding the hook (`noteStackOverflow`). */
export declare const CAUGHT_HOOK = "__partforge_caught";
/** A use of a name a script may not use there: refused. */
export interface ReservedName {
    name: string;
    at: GeneratedPosition;
    message: string;
}
/**
 * The insertions that instrument `program` (acorn's parse of `code`, whose comments are
 * `comments`), and the uses of reserved names the script made.
 * @throws Error when an arrow function's text is not as acorn described it (a bug, not the script's).
 */
export declare function instrumentation(program: Node, code: string, comments: readonly Comment[]): {
    insertions: Insertion[];
    reserved: ReservedName[];
};
/**
 * The insertions that make library code (replicad, bundled into the slot) report what it
 * catches: its catch clauses and non-empty `finally` blocks, as in a script. Function bodies
 * are left alone: a library runs no script code of its own accord, and its functions are hot.
 * The code must reach the hook as `CAUGHT_HOOK` (the bundler imports it under that name).
 */
export declare function catchInstrumentation(program: Node): Insertion[];
/**
 * The insertions that make partforge's own code (bundled into the slot) report what passes
 * through it, as a script's do: catch clauses, non-empty `finally` blocks and every non-empty
 * function body. A script can hand any partforge function it reaches to V8's promise machinery
 * or an iterator protocol, which then catches what the function throws with no script frame in
 * between (`new Promise(Sketch)`, `p.then(f)`, a thenable's `then`, an iterator's `return`), so
 * the function itself must report an overflow on its way out. The code must reach the hook as
 * `CAUGHT_HOOK` (the bundler imports it under that name).
 * @throws Error when the code names something with the reserved prefix (it would shadow the hook).
 */
export declare function ownCodeInstrumentation(program: Node, code: string, comments: readonly Comment[]): Insertion[];
