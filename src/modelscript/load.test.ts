import { suite, test } from "node:test";
import assert from "node:assert/strict";
import { PartforgeError, type ErrorData } from "../shared/errors.ts";
import { compileModelScript, type ScriptLanguage } from "./compile.ts";
import { inProcessEvaluator, type Evaluator } from "./evaluate.ts";
import { loadCompiledModelScript, loadDescribedModelScript, loadModelScript, type LoadedScript } from "./load.ts";
import { FloatParam, paramState } from "./params.ts";
import { FakeWorkplane, lines, testScope } from "./testScope.ts";

function load(source: string, language: ScriptLanguage = "ts"): Promise<LoadedScript> {
  return loadModelScript(source, { language, scope: testScope });
}

async function loadError(source: string, language: ScriptLanguage = "ts"): Promise<PartforgeError> {
  try {
    await load(source, language);
  } catch (error) {
    assert.ok(error instanceof PartforgeError, `expected a PartforgeError, got ${String(error)}`);
    return error;
  }
  assert.fail("the script loaded");
}

/** Asserts the thrown error is SCRIPT_INVALID naming `param` at `line`:`column`, and that its diagnostics agree. */
function assertInvalid(error: PartforgeError, param: string | undefined, line: number, column: number, message: RegExp): void {
  assert.equal(error.code, "SCRIPT_INVALID");
  assert.equal(error.param, param);
  assert.deepEqual(error.location, { line, column });
  assert.match(error.message, message);
  const diagnostics = error.details?.diagnostics as ErrorData[];
  assert.deepEqual(diagnostics[0], { code: "SCRIPT_INVALID", message: error.message, line, column, ...(param ? { param } : {}) });
}

function operations(result: unknown): unknown[][] {
  assert.ok(result instanceof FakeWorkplane);
  return [...result.operations];
}

const build = "export function build() { return Workplane(\"XY\").box(p_length.value, 1, 1); }";

suite("importing partforge", () => {
  test("loads named imports", async () => {
    const loaded = await load(lines('import { Workplane, FloatParam } from "partforge";', "export const p_length = FloatParam({ default: 5 });", build));
    assert.deepEqual(operations(loaded.run({ p_length: 7 }))[1], ["box", 7, 1, 1]);
  });

  test("loads aliased imports", async () => {
    const loaded = await load(lines('import { Workplane as W, FloatParam as F } from "partforge";', "export const p_length = F({ default: 5 });", "export function build() { return W(\"XY\").box(p_length.value, 1, 1); }"));
    assert.deepEqual(operations(loaded.run())[1], ["box", 5, 1, 1]);
  });

  test("loads a namespace import", async () => {
    const loaded = await load(lines('import * as pf from "partforge";', "export const p_length = pf.FloatParam({ default: 5 });", "export function build() { return pf.Workplane(\"XY\").box(p_length.value, 1, 1); }"));
    assert.deepEqual(operations(loaded.run())[1], ["box", 5, 1, 1]);
  });

  test("loads a script without imports using the pre-loaded globals", async () => {
    const loaded = await load(lines("export const p_length = FloatParam({ default: 5 });", build), "js");
    assert.deepEqual(operations(loaded.run({ p_length: 6 }))[1], ["box", 6, 1, 1]);
  });

  test("lets a script shadow a global with its own declaration", async () => {
    const loaded = await load(lines("const Workplane = (plane: string) => plane;", "export function build() { return Workplane(\"YZ\"); }"));
    assert.equal(loaded.run(), "YZ");
  });

  test("refuses a name partforge does not export, suggesting the closest", async () => {
    const error = await loadError(lines('import { Workplan } from "partforge";', "export function build() {", "  return Workplan(\"XY\");", "}"));
    assertInvalid(error, undefined, 3, 10, /^"partforge" has no export named "Workplan" \(did you mean "Workplane"\?\)$/);
  });

  test("gives require(\"partforge\") a frozen copy of the scope", async () => {
    const loaded = await load(lines('import * as pf from "partforge";', "export function build() { return pf; }"));
    const namespace = loaded.run() as Record<string, unknown>;
    assert.equal(namespace.FloatParam, testScope.FloatParam);
  });
});

suite("invalid declarations name the parameter and its line:column", () => {
  test("a parameter without a default", async () => {
    const error = await loadError(lines("// size", "export const p_width = FloatParam({ min: 1 });", build.replace("p_length.value", "1")));
    assertInvalid(error, "p_width", 2, 24, /^parameter p_width: no default value/);
  });

  test("a default violating min/max", async () => {
    const error = await loadError(lines("export const p_length = FloatParam({", "  min: 30, max: 200, default: 500 });", build));
    assertInvalid(error, "p_length", 1, 25, /^parameter p_length: default must be a number between 30 and 200; got 500$/);
  });

  test("a preset violating the parameter's constraints", async () => {
    const error = await loadError(lines("export const p_n = IntParam({ min: 0, max: 8, presets: { default: 2, many: 9.5 } });", "export function build() {}"));
    assertInvalid(error, "p_n", 1, 20, /^parameter p_n: preset "many" must be an integer between 0 and 8; got 9.5$/);
  });

  test("min greater than max", async () => {
    const error = await loadError(lines("export function build() {}", "", "   export const p_r = FloatParam({ min: 10, max: 5, default: 7 });"));
    assertInvalid(error, "p_r", 3, 23, /^parameter p_r: min \(10\) is greater than max \(5\)$/);
  });

  test("a reserved name", async () => {
    const error = await loadError(lines("export function build() {}", "export const tolerance = FloatParam({ default: 0.1 });"));
    assertInvalid(error, "tolerance", 2, 26, /^parameter name "tolerance" is reserved/);
  });

  test("a name with the output options' prefix out_", async () => {
    const error = await loadError(lines("export function build() {}", "export const out_view = FloatParam({ default: 0.1 });"));
    assertInvalid(error, "out_view", 2, 25, /^parameter name "out_view" is reserved: names starting with out_ are output options/);
  });

  test("an unknown option key, listing the valid keys", async () => {
    const error = await loadError(lines("export function build() {}", "export const p_l = FloatParam({ default: 1, maxx: 3 });"));
    assertInvalid(error, "p_l", 2, 20, /^parameter p_l: unknown option "maxx" \(did you mean "max"\?\); FloatParam accepts default, presets, desc, group, min, max, step$/);
  });

  test("a ChoiceParam without choices", async () => {
    const error = await loadError(lines("export function build() {}", 'export const p_t = ChoiceParam({ default: "M3" });'));
    assertInvalid(error, "p_t", 2, 20, /^parameter p_t: ChoiceParam needs "choices"/);
  });

  test("a default that is not one of the choices", async () => {
    const error = await loadError(lines("export function build() {}", 'export const p_t = ChoiceParam({ choices: ["M3", "M4"], default: "M5" });'));
    assertInvalid(error, "p_t", 2, 20, /^parameter p_t: default must be one of "M3", "M4"; got "M5"$/);
  });

  test("an option of the wrong type", async () => {
    const error = await loadError(lines("export function build() {}", 'export const p_s = StringParam({ default: "a", maxLength: "10" });'));
    assertInvalid(error, "p_s", 2, 20, /^parameter p_s: option "maxLength" must be a whole number/);
  });

  test("an aliased constructor is located at its call", async () => {
    const error = await loadError(lines('import { IntParam as I } from "partforge";', "export function build() {}", "export const p_count: unknown = I({ max: 3 });"));
    assertInvalid(error, "p_count", 3, 33, /^parameter p_count: no default value/);
  });

  test("no build export, at line 1", async () => {
    const error = await loadError(lines("", "export const p_length = FloatParam({ default: 1 });"));
    assertInvalid(error, undefined, 1, 1, /^no `build` export/);
  });

  test("a build export that is not a function, at its declaration", async () => {
    const error = await loadError(lines("export const p_length = FloatParam({ default: 1 });", "export const build = 3;"));
    assertInvalid(error, undefined, 2, 14, /^`build` must be a function; got 3$/);
  });

  test("a bad UOM, naming the value and listing the units", async () => {
    const error = await loadError(lines("export function build() {}", 'export const UOM = "inch";'));
    assertInvalid(error, undefined, 2, 14, /^UOM "inch" is not a unit of measure; use one of mm, cm, m, in, ft$/);
  });

  test("bad VERSION and METADATA types", async () => {
    const error = await loadError(lines("export function build() {}", "export const VERSION = 2;", 'export const METADATA = { name: "x", author: 42 };'));
    assertInvalid(error, undefined, 2, 14, /^VERSION must be a string/);
    const diagnostics = error.details?.diagnostics as ErrorData[];
    assert.deepEqual(diagnostics[1], { code: "SCRIPT_INVALID", message: "METADATA.author must be a string; got 42", line: 3, column: 14 });
  });

  test("every problem, in source order, with the first one thrown", async () => {
    const error = await loadError(
      lines("export function build() {}", "export const p_b = IntParam({ default: 1.5 });", "export const p_a = FloatParam({ max: 1, min: 2, default: 1 });"),
    );
    const diagnostics = error.details?.diagnostics as ErrorData[];
    assert.deepEqual(
      diagnostics.map((item) => [item.param, item.line, item.column]),
      [
        ["p_b", 2, 20],
        ["p_a", 3, 20],
      ],
    );
  });

  test("the same parameter exported twice", async () => {
    const error = await loadError(lines("export function build() {}", "export const p_a = FloatParam({ default: 1 });", "export { p_a as p_b };"));
    assertInvalid(error, "p_b", 2, 20, /^parameter p_b is the same parameter as p_a/);
  });
});

suite("loading valid scripts", () => {
  test("defaults UOM, VERSION and the model name", async () => {
    const loaded = await load(lines("export function build() {}"));
    assert.equal(loaded.uom, "mm");
    assert.equal(loaded.version, "1.0");
    assert.deepEqual(loaded.metadata, { name: "Untitled model" });
  });

  test("orders parameters by declaration, not by export", async () => {
    const loaded = await load(
      lines("const z = FloatParam({ default: 1 });", "const a = FloatParam({ default: 2 });", "export { a as p_a, z as p_z };", "export const p_m = BooleanParam({ default: false });", "export function build() {}"),
    );
    assert.deepEqual(loaded.parameters.map((parameter) => parameter.name), ["p_z", "p_a", "p_m"]);
  });

  test("keeps extra METADATA string fields", async () => {
    const loaded = await load(lines('export const METADATA = { name: "Hook", author: "Ada", license: "MIT" };', "export function build() {}"));
    assert.deepEqual(loaded.metadata, { name: "Hook", author: "Ada", license: "MIT" });
  });
});

suite("loading a script described before", () => {
  function counting(): { evaluator: Evaluator; count: () => number } {
    let count = 0;
    return {
      evaluator: (code, context) => {
        count += 1;
        inProcessEvaluator(code, context);
      },
      count: () => count,
    };
  }

  test("evaluates only to build, once per build, with the description it was given", async () => {
    const source = lines(
      'export const METADATA = { name: "Plate" };',
      "export const p_w = FloatParam({ default: 4, presets: { wide: 9 } });",
      'export function build() { return Workplane("XY").box(p_w.value, 1, 1); }',
    );
    const compiled = await compileModelScript(source, { language: "ts" });
    const first = counting();
    const validated = loadCompiledModelScript(compiled, { scope: testScope, evaluator: first.evaluator });
    assert.equal(first.count(), 1);
    const again = counting();
    const loaded = loadDescribedModelScript(compiled, validated, { scope: testScope, evaluator: again.evaluator });
    assert.equal(again.count(), 0);
    assert.deepEqual([loaded.metadata, loaded.uom, loaded.version, loaded.parameters, loaded.presets], [validated.metadata, validated.uom, validated.version, validated.parameters, validated.presets]);
    assert.deepEqual(operations(loaded.run({ p_w: 6 })), [["workplane", "XY"], ["box", 6, 1, 1]]);
    assert.equal(again.count(), 1);
  });

  test("records no parameter's declaration site in a build's own evaluation, and records them again after it, even one that threw", async () => {
    const returning = await load(lines("export const p_w = FloatParam({ default: 4 });", "export function build() { return p_w; }"));
    assert.equal(paramState(returning.run())?.origin, undefined);
    assert.notEqual(paramState(FloatParam({ default: 1 }))?.origin, undefined);
    const compiled = await compileModelScript(lines("export const p_w = FloatParam({ default: 4 });", "export function build() { return p_w; }"), { language: "ts" });
    const validated = loadCompiledModelScript(compiled, { scope: testScope });
    const throwing = loadDescribedModelScript(await compileModelScript(lines("export const p_w = FloatParam({ default: 4 });", 'throw new Error("top level");', "export function build() {}"), { language: "ts" }), validated, { scope: testScope });
    assert.throws(() => throwing.run(), /top level/);
    assert.notEqual(paramState(FloatParam({ default: 1 }))?.origin, undefined);
    const error = await loadError(lines("export function build() {}", "", "   export const p_r = FloatParam({ min: 10, max: 5, default: 7 });"));
    assertInvalid(error, "p_r", 3, 23, /^parameter p_r: min \(10\) is greater than max \(5\)$/);
  });

  test("freezes the description throughout, preset value sets included, so that it can be kept", async () => {
    const loaded = await load(lines("export const p_w = FloatParam({ default: 4, presets: { wide: 9 } });", "export const p_c = ChoiceParam({ choices: [1, 2], default: 1 });", "export function build() {}"));
    for (const part of [loaded.metadata, loaded.parameters, ...loaded.parameters, loaded.parameters[1]!.choices, loaded.presets, ...Object.values(loaded.presets)]) {
      assert.ok(Object.isFrozen(part), JSON.stringify(part));
    }
  });

  test("refuses a build whose fresh evaluation declares other parameters than the description", async () => {
    const compiled = await compileModelScript(lines("export const p_w = FloatParam({ default: 4 });", "export function build() {}"), { language: "ts" });
    const validated = loadCompiledModelScript(compiled, { scope: testScope });
    const other = await compileModelScript(lines("export const p_w = IntParam({ default: 4 });", "export function build() {}"), { language: "ts" });
    const loaded = loadDescribedModelScript(other, validated, { scope: testScope });
    assert.throws(() => loaded.run(), (error: unknown) => error instanceof PartforgeError && error.code === "SCRIPT_INVALID" && /changed when evaluated again/.test(error.message));
  });
});
