import { suite, test } from "node:test";
import assert from "node:assert/strict";
import { PartforgeError } from "../shared/errors.ts";
import type { ScriptLanguage } from "./compile.ts";
import { loadModelScript, type LoadedScript } from "./load.ts";
import { FakeWorkplane, lines, testScope } from "./testScope.ts";

function load(source: string, language: ScriptLanguage = "ts"): Promise<LoadedScript> {
  return loadModelScript(source, { language, scope: testScope });
}

function failure(action: () => unknown): PartforgeError {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof PartforgeError, `expected a PartforgeError, got ${String(error)}`);
    return error;
  }
  assert.fail("no error was thrown");
}

async function loadFailure(source: string): Promise<PartforgeError> {
  try {
    await load(source);
  } catch (error) {
    assert.ok(error instanceof PartforgeError, `expected a PartforgeError, got ${String(error)}`);
    return error;
  }
  assert.fail("the script loaded");
}

suite("running build()", () => {
  test("passes the values both as param.value and as one frozen object", async () => {
    const loaded = await load(
      lines(
        "export const p_a = FloatParam({ default: 1 });",
        "export const p_b = StringParam({ default: \"x\" });",
        "export function build(values: Record<string, unknown>) {",
        "  return { a: p_a.value, b: p_b.value, values, frozen: Object.isFrozen(values), isArray: Array.isArray([1]) };",
        "}",
      ),
    );
    const result = loaded.run({ p_a: 2.5 }) as Record<string, unknown>;
    assert.deepEqual(result.values, { p_a: 2.5, p_b: "x" });
    assert.equal(result.a, 2.5);
    assert.equal(result.b, "x");
    assert.equal(result.frozen, true);
  });

  test("makes arrays the host recognises as arrays", async () => {
    const loaded = await load(lines("export function build() { return [1, 2]; }"));
    const result = loaded.run();
    assert.ok(Array.isArray(result));
    assert.ok(result instanceof Array);
  });

  test("evaluates the module afresh for each build so no state leaks between builds", async () => {
    const loaded = await load(lines("let calls = 0;", "export const p = IntParam({ default: 1 });", "export function build() { calls += 1; return calls * 100 + p.value; }"));
    assert.equal(loaded.run({ p: 2 }), 102);
    assert.equal(loaded.run({ p: 3 }), 103);
    assert.equal(loaded.run(), 101);
  });

  test("checks the values it is given", async () => {
    const loaded = await load(lines("export const p = IntParam({ min: 0, max: 3, default: 1 });", "export function build() {}"));
    assert.equal(failure(() => loaded.run({ p: 7 })).code, "PARAM_INVALID");
    assert.equal(failure(() => loaded.run({ q: 1 })).code, "UNKNOWN_PARAM");
  });

  test("refuses a script whose parameters change between evaluations", async () => {
    const loaded = await load(lines("let n = 0;", "export const p = (globalThis as any).__flip ? IntParam({ default: 1 }) : FloatParam({ default: 1 });", "export function build() {}"));
    (globalThis as Record<string, unknown>).__flip = true;
    try {
      assert.equal(failure(() => loaded.run()).code, "SCRIPT_INVALID");
    } finally {
      delete (globalThis as Record<string, unknown>).__flip;
    }
  });

  test("refuses an async build without leaving an unhandled rejection", async () => {
    const loaded = await load(lines("export async function build() { throw new Error(\"late\"); }"));
    const error = failure(() => loaded.run());
    assert.equal(error.code, "INVALID_RESULT");
    await new Promise((resolve) => setImmediate(resolve));
  });
});

suite("errors thrown by the script point at the author's source", () => {
  test("maps a runtime exception in build() to its line and column", async () => {
    const loaded = await load(
      lines(
        'import { Workplane } from "partforge";',
        "export const p_length = FloatParam({ default: 10 });",
        "export function build(values: Record<string, number>): unknown {",
        "  const part: FakePart | undefined = undefined as any;",
        "  return part!.box(p_length.value);",
        "}",
        "interface FakePart { box(length: number): unknown }",
      ),
    );
    const error = failure(() => loaded.run());
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.equal(error.message, "TypeError: Cannot read properties of undefined (reading 'box')");
    assert.deepEqual(error.location, { line: 5, column: 16 });
  });

  test("keeps the plain message of an Error and the location of the throw", async () => {
    const loaded = await load(lines("export function build() {", "  if (1 > 0) {", '      throw new Error("too thin");', "  }", "}"));
    const error = failure(() => loaded.run());
    assert.equal(error.message, "too thin");
    assert.deepEqual(error.location, { line: 3, column: 13 });
  });

  test("keeps the code of a partforge error thrown by the API and adds the script location", async () => {
    const loaded = await load(lines("export function build() {", '  return Workplane("XY").box(1, 1, 1)', '    .edges("|Z").fillet(9);', "}"));
    const error = failure(() => loaded.run());
    assert.equal(error.code, "GEOMETRY");
    assert.equal(error.message, "fillet failed: radius 9 is too large");
    assert.deepEqual(error.location, { line: 3, column: 18 });
  });

  test("finds the script's frame under a deep stack of API calls", async () => {
    const deep = (depth: number): never => {
      if (depth === 0) throw new PartforgeError("GEOMETRY", "deep failure");
      return deep(depth - 1);
    };
    const scope = { ...testScope, deepOperation: () => deep(30) };
    const loaded = await loadModelScript(lines("export function build() {", "  return deepOperation();", "}"), { language: "js", scope });
    const error = failure(() => loaded.run());
    assert.equal(error.code, "GEOMETRY");
    assert.deepEqual(error.location, { line: 2, column: 10 });
  });

  test("maps an exception at the top level of the module", async () => {
    const error = await loadFailure(lines("export function build() {}", "const widths: number[] = [];", "export const w = widths[0]!.toFixed(2);"));
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.deepEqual(error.location, { line: 3, column: 29 });
  });

  test("explains reading a parameter's value at the top level", async () => {
    const error = await loadFailure(lines("export const p = IntParam({ default: 1 });", "const twice = p.value * 2;", "export function build() { return twice; }"));
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.match(error.message, /\.value was read before parameter values were assigned: read \.value inside build\(\)/);
    assert.deepEqual(error.location, { line: 2, column: 17 });
  });

  test("explains using a parameter object as a number", async () => {
    const loaded = await load(lines("export const p_w = FloatParam({ default: 2 });", "export function build() {", "  return (p_w as any) * 2;", "}"));
    const error = failure(() => loaded.run());
    assert.equal(error.message, "a parameter was used as a value: write p_w.value");
    assert.deepEqual(error.location, { line: 3, column: 11 });
  });

  const thrown: Array<[what: string, expression: string, message: string]> = [
    ["a string", '"oops"', 'build() threw "oops"'],
    ["a number", "42", "build() threw 42"],
    ["undefined", "undefined", "build() threw undefined"],
    ["a plain object", "{ message: 'x' }", "build() threw an object"],
    ["a Proxy that throws from every trap", "new Proxy({}, new Proxy({}, { get() { throw new Error('trap'); } }))", "build() threw a Proxy"],
    ["a revoked Proxy", "(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()", "build() threw a Proxy"],
    ["a symbol", "Symbol('s')", "build() threw a symbol"],
  ];
  for (const [what, expression, message] of thrown) {
    test(`describes ${what} thrown by build() without failing itself`, async () => {
      const loaded = await load(lines(`export function build() { throw ${expression}; }`), "js");
      const error = failure(() => loaded.run());
      assert.equal(error.code, "SCRIPT_EXCEPTION");
      assert.equal(error.message, message);
    });
  }

  test("describes an Error whose name and message getters throw", async () => {
    const loaded = await load(
      lines("export function build() {", "  const e = new Error('x');", "  Object.defineProperty(e, 'message', { get() { throw 1; } });", "  Object.defineProperty(e, 'name', { get() { throw 2; } });", "  throw e;", "}"),
      "js",
    );
    const error = failure(() => loaded.run());
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.equal(error.message, "Error");
  });

  test("does not trust an object posing as a partforge error", async () => {
    const loaded = await load(
      lines("export function build() {", "  let real;", "  try { Workplane('XY').box(1, 1, 1).fillet(99); } catch (e) { real = e; }", "  throw Object.create(Object.getPrototypeOf(real));", "}"),
      "js",
    );
    const error = failure(() => loaded.run());
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.equal(error.message, "build() threw an object");
  });

  test("result objects of the fake API are what the script built", async () => {
    const loaded = await load(lines('export function build() { return Workplane("XY").box(1, 2, 3); }'));
    const result = loaded.run();
    assert.ok(result instanceof FakeWorkplane);
    assert.deepEqual(result.operations, [
      ["workplane", "XY"],
      ["box", 1, 2, 3],
    ]);
  });
});
