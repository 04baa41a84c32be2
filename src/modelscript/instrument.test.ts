import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { parse, type Comment } from "acorn";
import { PartforgeError } from "../shared/errors.ts";
import { compileModelScript, type ScriptLanguage } from "./compile.ts";
import { locateError } from "./evaluate.ts";
import { CAUGHT_HOOK, instrumentation } from "./instrument.ts";
import { applyInsertions } from "./sourceEdits.ts";
import { lines } from "./testScope.ts";

interface Run {
  exports: Record<string, (...args: unknown[]) => unknown>;
  /** Everything the instrumented code handed to the hook, in order. */
  seen: unknown[];
}

/** Compiles `source` and runs its module body with a hook that records what it is handed. */
async function run(source: string, language: ScriptLanguage = "js"): Promise<Run & { entered(): number; locate(error: unknown): unknown }> {
  const compiled = await compileModelScript(source, { language });
  const seen: unknown[] = [];
  const body = vm.compileFunction(compiled.code, ["require", "module", "exports", CAUGHT_HOOK], { filename: compiled.virtualFileName });
  const module = { exports: {} as Run["exports"] };
  const hook = Object.assign((thrown: unknown) => void seen.push(thrown), { entered: 0 });
  body(() => ({}), module, module.exports, hook);
  return { exports: module.exports, seen, entered: () => hook.entered, locate: (error) => locateError(error, compiled) };
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  assert.fail("nothing was thrown");
}

async function compileError(source: string, language: ScriptLanguage = "js"): Promise<PartforgeError> {
  try {
    await compileModelScript(source, { language });
  } catch (error) {
    assert.ok(error instanceof PartforgeError, String(error));
    return error;
  }
  assert.fail("the script compiled");
}

const marker = (name: string) => Object.assign(new Error(name), { marker: name });

test("a catch clause with a binding hands the caught value to the hook, then runs as written", async () => {
  const { exports, seen } = await run(lines("export function f(x) {", "  try { throw x; } catch (e) { return ['caught', e]; }", "}"));
  const value = marker("a");
  assert.deepEqual(exports.f!(value), ["caught", value]);
  assert.deepEqual(seen, [value]);
});

test("a catch clause without a binding hands the caught value to the hook too", async () => {
  const { exports, seen } = await run(lines("export function f(x) {", "  try { throw x; } catch { return 'caught'; }", "}"));
  assert.equal(exports.f!(7), "caught");
  assert.deepEqual(seen, [7]);
});

test("a destructuring catch binding sees what it saw before, and the hook the whole value", async () => {
  const { exports, seen } = await run(
    lines(
      "export function f(x) {",
      "  try { throw x; } catch ({ message, extra = 'default' }) { return [message, extra]; }",
      "}",
      "export function g(x) {",
      "  try { throw x; } catch ([first, ...rest]) { return [first, rest]; }",
      "}",
    ),
  );
  const value = new RangeError("Maximum call stack size exceeded");
  assert.deepEqual(exports.f!(value), ["Maximum call stack size exceeded", "default"]);
  assert.deepEqual(exports.g!([1, 2, 3]), [1, [2, 3]]);
  assert.equal(seen[0], value);
  // A pattern that cannot destructure what was thrown still fails as it did (after the hook saw it).
  assert.ok(thrownBy(() => exports.f!(null)) instanceof TypeError);
  assert.equal(seen.at(-2), null);
});

test("nested catch clauses each hand their value to the hook, innermost first", async () => {
  const { exports, seen } = await run(
    lines("export function f() {", "  try {", "    try { throw 1; } catch (inner) { throw inner + 1; }", "  } catch (outer) { return outer; }", "}"),
  );
  assert.equal(exports.f!(), 2);
  assert.deepEqual(seen.slice(0, 2), [1, 2]);
});

test("a finally that returns still lets the hook see the exception it discards", async () => {
  const { exports, seen } = await run(lines("export function f(x) {", "  try { throw x; } finally { return 'finally'; }", "}"));
  assert.equal(exports.f!("in flight"), "finally");
  assert.deepEqual(seen, ["in flight"]);
});

test("a finally that breaks, continues or throws lets the hook see what was in flight", async () => {
  const { exports, seen } = await run(
    lines(
      "export function breaks(x) { for (;;) { try { throw x; } finally { break; } } return 'after'; }",
      "export function continues(x) { let n = 0; for (let i = 0; i < 2; i++) { try { throw x + i; } finally { n++; continue; } } return n; }",
      "export function replaces(x) { try { try { throw x; } finally { throw 'replacement'; } } catch (e) { return e; } }",
      "export function fromCatch(x) { try { throw x; } catch (e) { throw e + '!'; } finally { return 'finally'; } }",
    ),
  );
  assert.equal(exports.breaks!("b"), "after");
  assert.equal(exports.continues!("c"), 2);
  assert.equal(exports.replaces!("r"), "replacement");
  assert.equal(exports.fromCatch!("f"), "finally");
  assert.ok(seen.includes("b") && seen.includes("c0") && seen.includes("c1") && seen.includes("r") && seen.includes("f!"), JSON.stringify(seen));
});

test("a finally without an exception runs once and keeps the try block's result; the hook sees nothing", async () => {
  const { exports, seen } = await run(lines("let runs = 0;", "export function f() { try { return 'try'; } finally { runs++; } }", "export function count() { return runs; }"));
  assert.equal(exports.f!(), "try");
  assert.equal(exports.count!(), 1);
  assert.deepEqual(seen, []);
});

test("an exception passing through functions is handed to the hook at each frame, unchanged", async () => {
  const { exports, seen } = await run(
    lines("function inner(x) { throw x; }", "const middle = (x) => inner(x);", "export function outer(x) { return middle(x); }"),
  );
  const value = marker("through");
  assert.equal(thrownBy(() => exports.outer!(value)), value);
  assert.deepEqual(seen, [value, value, value]);
});

test("functions keep their results, this, arguments, new.target, hoisting and super", async () => {
  const { exports, seen } = await run(
    lines(
      "class Base { constructor(v) { this.v = v; } get double() { return this.v * 2; } }",
      "class Derived extends Base { constructor(v) { super(v + 1); this.kind = new.target.name; } get double() { return super.double + 1; } }",
      "export function hoisted() { return later(); function later() { return arguments.length; } }",
      "export function self() { return this; }",
      "export function make(v) { const d = new Derived(v); return [d.v, d.kind, d.double]; }",
      "export const object = () => ({ a: 1 });",
      "export const wrapped = (x) => (((x)));",
      "export const defaults = (a = () => 3) => a();",
      "export function* counter(n) { for (let i = 0; i < n; i++) yield i; }",
    ),
  );
  assert.equal(exports.hoisted!(), 0);
  assert.equal(exports.self!.call("me"), "me");
  assert.deepEqual(exports.make!(1), [2, "Derived", 5]);
  assert.deepEqual(exports.object!(), { a: 1 });
  assert.equal(exports.wrapped!(9), 9);
  assert.equal(exports.defaults!(), 3);
  assert.deepEqual([...(exports.counter!(3) as Iterable<number>)], [0, 1, 2]);
  assert.deepEqual(seen, []);
});

test("async functions and generators hand what they throw to the hook and still reject or throw it", async () => {
  const { exports, seen } = await run(
    lines(
      "export async function rejects(x) { await null; throw x; }",
      "export const arrow = async (x) => { throw x; };",
      "export async function awaits(p) { try { await p; } catch (e) { return ['caught', e]; } }",
      "export function* gen() { yield 1; yield 2; }",
      "export async function* agen(x) { yield 1; throw x; }",
    ),
  );
  await assert.rejects(exports.rejects!("r") as Promise<unknown>, (error) => error === "r");
  await assert.rejects(exports.arrow!("a") as Promise<unknown>, (error) => error === "a");
  assert.deepEqual(await exports.awaits!(Promise.reject("p")), ["caught", "p"]);
  const generator = exports.gen!() as Generator<number>;
  generator.next();
  assert.equal(thrownBy(() => generator.throw("into")), "into");
  const asyncGenerator = exports.agen!("g") as AsyncGenerator<number>;
  await asyncGenerator.next();
  await assert.rejects(asyncGenerator.next(), (error) => error === "g");
  for (const value of ["r", "a", "p", "into", "g"]) assert.ok(seen.includes(value), `${value} not seen: ${JSON.stringify(seen)}`);
});

test("a Promise executor's and a rejection handler's exceptions reach the hook", async () => {
  const { exports, seen } = await run(
    lines("export function executor(x) { return new Promise(() => { throw x; }).catch(() => 'handled'); }", "export function reaction(x) { return Promise.resolve().then(() => { throw x; }).catch(() => 'handled'); }"),
  );
  assert.equal(await exports.executor!("e"), "handled");
  assert.equal(await exports.reaction!("t"), "handled");
  assert.ok(seen.includes("e") && seen.includes("t"), JSON.stringify(seen));
});

test("error locations stay right in instrumented try/catch, finally and arrow bodies", async () => {
  const { exports, locate } = await run(
    lines(
      "export function inTry() {",
      "  try {",
      "    null.x;",
      "  } catch (e) {",
      "    throw new TypeError('from the catch');",
      "  }",
      "}",
      "export function sameLine() { try { null.x; } catch { undefined.y; } }",
      "export function inFinally() { try { return 1; } finally { null.z; } }",
      "export const arrow = () => (missing.value);",
      "export function destructured() { try { throw {}; } catch ({ a = null.q }) { return a; } }",
    ),
  );
  assert.deepEqual(locate(thrownBy(() => exports.inTry!())), { line: 5, column: 11 });
  assert.deepEqual(locate(thrownBy(() => exports.sameLine!())), { line: 8, column: 64 });
  assert.deepEqual(locate(thrownBy(() => exports.inFinally!())), { line: 9, column: 64 });
  assert.deepEqual(locate(thrownBy(() => exports.arrow!())), { line: 10, column: 29 });
  assert.deepEqual(locate(thrownBy(() => exports.destructured!())), { line: 11, column: 70 });
});

test("error locations stay right in TypeScript with try/catch", async () => {
  const { exports, locate } = await run(
    lines("export function f(n: number): number {", "  try { return (null as unknown as { x: number }).x + n; }", "  catch { const y: { z: number } = undefined as never; return y.z; }", "}"),
    "ts",
  );
  assert.deepEqual(locate(thrownBy(() => exports.f!(1))), { line: 3, column: 65 });
});

test("refuses names starting with __partforge at the author's line and column", async () => {
  const cases: ReadonlyArray<[string, { line: number; column: number }]> = [
    [lines("// shadowing the hook", "const __partforge_caught = () => undefined;", "export function build() {}"), { line: 2, column: 7 }],
    [lines("export function build(__partforge_caught) {}"), { line: 1, column: 23 }],
    [lines("export function build() {", "  try {} catch (__partforge_thrown) {}", "}"), { line: 2, column: 17 }],
    [lines("export function build() {", "  __partforge_caught(1);", "}"), { line: 2, column: 3 }],
    [lines("export function build() {", "  __partforge_x: for (;;) break __partforge_x;", "}"), { line: 2, column: 3 }],
    [lines("export function build() {", "  const { __partforge_caught } = {};", "}"), { line: 2, column: 11 }],
    [lines("function __partforge_caught() {}", "export function build() {}"), { line: 1, column: 10 }],
    [lines("export function build() {", "  return class __partforge_caught {};", "}"), { line: 2, column: 16 }],
  ];
  for (const [source, location] of cases) {
    const error = await compileError(source);
    assert.equal(error.code, "SCRIPT_SYNTAX", source);
    assert.match(error.message, /^__partforge\w* is reserved: names starting with __partforge belong to partforge; rename it$/, source);
    assert.deepEqual(error.location, location, source);
  }
});

test("refuses a reserved name in TypeScript at the author's column, and lists every use", async () => {
  const error = await compileError(lines("const __partforge_caught: number = 1;", "export function build(): number { return __partforge_caught; }"), "ts");
  assert.equal(error.code, "SCRIPT_SYNTAX");
  assert.deepEqual(error.location, { line: 1, column: 7 });
  assert.equal((error.details?.diagnostics as unknown[]).length, 2);
});

test("refuses arguments outside a function, where it would be the compiled module function's", async () => {
  for (const [source, location] of [
    [lines("export const hook = arguments[3];", "export function build() {}"), { line: 1, column: 21 }],
    [lines("const read = () => arguments;", "export function build() { return read(); }"), { line: 1, column: 20 }],
  ] as const) {
    const error = await compileError(source);
    assert.equal(error.code, "SCRIPT_SYNTAX", source);
    assert.equal(error.message, "arguments is not available outside a function: a module has no arguments");
    assert.deepEqual(error.location, location, source);
  }
});

test("allows arguments inside functions, arrows within them and methods", async () => {
  const { exports } = await run(
    lines("export function f() { const inner = () => arguments.length; return inner(); }", "export const o = { m() { return arguments[0]; } };"),
  );
  assert.equal(exports.f!(1, 2), 2);
  assert.equal((exports.o as unknown as { m(x: number): number }).m(5), 5);
});

test("a catch counts itself entered with a plain store before it calls the hook", async () => {
  const { exports, entered, seen } = await run(lines("export function f() { try { throw 1; } catch (e) { return e; } }"));
  assert.equal(exports.f!(), 1);
  assert.equal(entered(), 1);
  assert.equal(seen.length, 1);
});

test("allows __partforge as a property name", async () => {
  const { exports } = await run(lines("export function build() {", "  const o = { __partforge_caught: 1 };", "  return o.__partforge_caught + o['__partforge_thrown' + ''];", "}"));
  assert.ok(Number.isNaN(exports.build!()));
});

test("instruments an arrow whose expression body follows a comment and parentheses", () => {
  const code = "const f = (a) => /* note ( */ ((a.b)) ;\nconst g = () => // (\n  a;";
  const comments: Comment[] = [];
  const program = parse(code, { ecmaVersion: "latest", sourceType: "script", locations: true, onComment: comments });
  const { insertions } = instrumentation(program, code, comments);
  const edited = applyInsertions(code, insertions, []);
  assert.equal(
    edited.code,
    [
      "const f = (a) => { try { return  /* note ( */ ((a.b)) } catch (__partforge_thrown) { __partforge_caught.entered++; __partforge_caught(__partforge_thrown); throw __partforge_thrown; } } ;",
      "const g = () => { try { return  // (",
      "  a } catch (__partforge_thrown) { __partforge_caught.entered++; __partforge_caught(__partforge_thrown); throw __partforge_thrown; } };",
    ].join("\n"),
  );
  assert.doesNotThrow(() => parse(edited.code, { ecmaVersion: "latest", sourceType: "script" }));
});
