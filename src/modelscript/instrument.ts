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
export const RESERVED_PREFIX = "__partforge";
/** The module function's parameter holding the hook (`noteStackOverflow`). */
export const CAUGHT_HOOK = `${RESERVED_PREFIX}_caught`;
/** The binding of a value caught by inserted code. */
const THROWN = `${RESERVED_PREFIX}_thrown`;

/** A plain store first (it works at the very edge of the stack), then the call (see shared/stackOverflow.ts). */
const report = (binding: string) => `${CAUGHT_HOOK}.entered++; ${CAUGHT_HOOK}(${binding});`;
const REPORT = report(THROWN);
const REPORT_AND_RETHROW = `catch (${THROWN}) { ${REPORT} throw ${THROWN}; }`;

/** A use of a name a script may not use there: refused. */
export interface ReservedName {
  name: string;
  at: GeneratedPosition;
  message: string;
}

type AnyNode = Node & Record<string, unknown>;

/**
 * The insertions that instrument `program` (acorn's parse of `code`, whose comments are
 * `comments`), and the uses of reserved names the script made.
 * @throws Error when an arrow function's text is not as acorn described it (a bug, not the script's).
 */
export function instrumentation(program: Node, code: string, comments: readonly Comment[]): { insertions: Insertion[]; reserved: ReservedName[] } {
  const insertions: Insertion[] = [];
  const reserved: ReservedName[] = [];
  const open: Insert = (offset, text, depth, mapsLike) => insertions.push({ offset, text, closes: false, depth, ...(mapsLike === undefined ? {} : { mapsLike }) });
  const close = (offset: number, text: string, depth: number) => insertions.push({ offset, text, closes: true, depth });
  visit(program as AnyNode, undefined, 0, false, (node, parent, depth, inFunction) => {
    switch (node.type) {
      case "Identifier": {
        const name = node.name as string;
        const at = { line: node.loc!.start.line, column: node.loc!.start.column };
        if (isPropertyName(node, parent)) return;
        if (name.startsWith(RESERVED_PREFIX)) reserved.push({ name, at, message: `${name} is reserved: names starting with ${RESERVED_PREFIX} belong to partforge; rename it` });
        // At the top level `arguments` would be the compiled module function's (a module has none).
        if (name === "arguments" && !inFunction) reserved.push({ name, at, message: "arguments is not available outside a function: a module has no arguments" });
        return;
      }
      case "CatchClause":
        instrumentCatch(node, depth, open, close);
        return;
      case "TryStatement":
        instrumentFinally(node, depth, open, close);
        return;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        instrumentFunction(node, depth, code, comments, open, close);
        return;
    }
  });
  return { insertions, reserved };
}

type Insert = (offset: number, text: string, depth: number, mapsLike?: { at: number; offset: number }) => void;

/**
 * The insertions that make library code (replicad, bundled into the slot) report what it
 * catches: its catch clauses and non-empty `finally` blocks, as in a script. Function bodies
 * are left alone: a library runs no script code of its own accord, and its functions are hot.
 * The code must reach the hook as `CAUGHT_HOOK` (the bundler imports it under that name).
 */
export function catchInstrumentation(program: Node): Insertion[] {
  const insertions: Insertion[] = [];
  const open: Insert = (offset, text, depth) => insertions.push({ offset, text, closes: false, depth });
  const close = (offset: number, text: string, depth: number) => insertions.push({ offset, text, closes: true, depth });
  visit(program as AnyNode, undefined, 0, false, (node, _parent, depth) => {
    if (node.type === "CatchClause") instrumentCatch(node, depth, open, close);
    else if (node.type === "TryStatement") instrumentFinally(node, depth, open, close);
  });
  return insertions;
}

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
export function ownCodeInstrumentation(program: Node, code: string, comments: readonly Comment[]): Insertion[] {
  const { insertions, reserved } = instrumentation(program, code, comments);
  const [first] = reserved;
  if (first !== undefined) throw new Error(`line ${first.at.line}: ${first.message}`);
  return insertions;
}

/** `catch (e) {` → `catch (e) {hook(e);`; without a binding or with a pattern, through a binding of ours. */
function instrumentCatch(clause: AnyNode, depth: number, open: Insert, close: Insert): void {
  const param = clause.param as AnyNode | null;
  const body = clause.body as AnyNode;
  if (param === null) {
    open(body.start, `(${THROWN}) `, depth);
    open(body.start + 1, REPORT, depth);
  } else if (param.type === "Identifier") {
    open(body.start + 1, report(param.name as string), depth);
  } else {
    // `catch ({ message }) { … }` → `catch (t) { hook(t); try { throw t; } catch ({ message }) { … } }`:
    // the pattern stays where it was (its defaults may throw, with their own locations).
    open(param.start, `${THROWN}) { ${REPORT} try { throw ${THROWN}; } catch (`, depth);
    close(body.end, " }", depth);
  }
}

/**
 * `try A finally F` → `try A catch (t) { hook(t); throw t; } finally F`, and
 * `try A catch C finally F` → `try { try A catch C } catch (t) { … } finally F`: whatever is in
 * flight when `F` runs has been seen, even if `F` returns, breaks, continues or throws.
 */
function instrumentFinally(statement: AnyNode, depth: number, open: Insert, close: Insert): void {
  const finalizer = statement.finalizer as AnyNode | null;
  if (finalizer === null || (finalizer.body as unknown[]).length === 0) return;
  const block = statement.block as AnyNode;
  const handler = statement.handler as AnyNode | null;
  if (handler === null) {
    close(block.end, ` ${REPORT_AND_RETHROW}`, depth);
  } else {
    open(block.start, "{ try ", depth);
    close(handler.end, ` } ${REPORT_AND_RETHROW}`, depth);
  }
}

/** A function's body → `try { body } catch (t) { hook(t); throw t; }`; an arrow's expression → `{ try { return expression } … }`. */
function instrumentFunction(fn: AnyNode, depth: number, code: string, comments: readonly Comment[], open: Insert, close: Insert): void {
  const body = fn.body as AnyNode;
  if (body.type === "BlockStatement") {
    if ((body.body as unknown[]).length === 0) return; // nothing in it can throw
    open(body.start + 1, "try {", depth);
    close(body.end - 1, `} ${REPORT_AND_RETHROW}`, depth);
    return;
  }
  const { start, end } = expressionBodyExtent(fn, body, code, comments);
  const opening = " { try { return ";
  open(start, opening, depth, { at: opening.indexOf("return"), offset: body.start });
  close(end, ` } ${REPORT_AND_RETHROW} }`, depth);
}

/**
 * Where an arrow's expression body starts (just after `=>`) and ends (after the parentheses
 * around it, which acorn leaves out of the node).
 */
function expressionBodyExtent(fn: AnyNode, body: AnyNode, code: string, comments: readonly Comment[]): { start: number; end: number } {
  const arrow = code.lastIndexOf("=>", body.start);
  if (arrow < fn.start) throw new Error(`no => before the arrow function body at offset ${body.start}`);
  const between = withoutComments(code, arrow + 2, body.start, comments);
  if (!/^[\s(]*$/.test(between)) throw new Error(`unexpected text between => and the arrow function body at offset ${body.start}`);
  let parentheses = between.split("(").length - 1;
  let end = body.end;
  while (parentheses > 0) {
    const next = code.indexOf(")", end);
    if (next < 0 || !/^\s*$/.test(withoutComments(code, end, next, comments))) throw new Error(`unbalanced parentheses after the arrow function body at offset ${body.end}`);
    end = next + 1;
    parentheses -= 1;
  }
  return { start: arrow + 2, end };
}

/** `code` from `start` to `end` with the comments in that range left out. */
function withoutComments(code: string, start: number, end: number, comments: readonly Comment[]): string {
  let text = "";
  let from = start;
  for (const comment of comments) {
    if (comment.end <= start || comment.start >= end) continue;
    text += code.slice(from, Math.max(from, comment.start));
    from = Math.max(from, comment.end);
  }
  return text + code.slice(from, Math.max(from, end));
}

/** A name that is not a variable: `a.name`, `{ name: … }`, a class member's key. */
function isPropertyName(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (parent === undefined) return false;
  if (parent.type === "MemberExpression") return parent.property === node && parent.computed !== true;
  if (parent.type === "Property") return parent.key === node && parent.computed !== true && parent.shorthand !== true;
  if (parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") return parent.key === node && parent.computed !== true;
  return false;
}

type Visitor = (node: AnyNode, parent: AnyNode | undefined, depth: number, inFunction: boolean) => void;

/**
 * Every node depth-first, parents before children, with its nesting depth and whether it is
 * inside a non-arrow function (which has its own `arguments`).
 */
function visit(node: AnyNode, parent: AnyNode | undefined, depth: number, inFunction: boolean, action: Visitor): void {
  action(node, parent, depth, inFunction);
  const inner = inFunction || node.type === "FunctionDeclaration" || node.type === "FunctionExpression";
  for (const key of Object.keys(node)) {
    if (key === "loc") continue;
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) visit(item, node, depth + 1, inner, action);
    } else if (isNode(child)) {
      visit(child, node, depth + 1, inner, action);
    }
  }
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
