import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { PartforgeError } from "../shared/errors.ts";
import { compileModelScript } from "./compile.ts";
import { evaluateModelScript, inProcessEvaluator, locateError, type EvaluationContext, type Evaluator } from "./evaluate.ts";
import { loadModelScript } from "./load.ts";
import { CAUGHT_HOOK } from "./instrument.ts";
import { lines, testScope } from "./testScope.ts";

test("hands a replacement evaluator the code and the CommonJS context", async () => {
  const compiled = await compileModelScript(lines('import { FloatParam } from "partforge";', "export const answer = 42;"), { language: "ts" });
  const seen: EvaluationContext[] = [];
  const recording: Evaluator = (code, context) => {
    seen.push(context);
    assert.equal(code, compiled.code);
    inProcessEvaluator(code, context);
  };
  const exports = evaluateModelScript(compiled, testScope, recording);
  assert.equal(exports.answer, 42);
  const context = seen[0]!;
  assert.equal(context.fileName, compiled.virtualFileName);
  assert.equal(context.globals.FloatParam, testScope.FloatParam);
  assert.ok(Object.isFrozen(context.globals));
  assert.equal(context.require("partforge"), context.globals);
  assert.throws(() => context.require("fs"), { code: "IMPORT_NOT_ALLOWED" });
});

test("a loaded script builds with a replacement evaluator too", async () => {
  let evaluations = 0;
  const counting: Evaluator = (code, context) => {
    evaluations += 1;
    inProcessEvaluator(code, context);
  };
  const loaded = await loadModelScript(lines("export function build() { return 1; }"), { language: "js", scope: testScope, evaluator: counting });
  assert.equal(loaded.run(), 1);
  assert.equal(evaluations, 2);
});

test("a script cannot change the parameter constructors another build sees", async () => {
  const loaded = await loadModelScript(lines("export function build() {", "  FloatParam.shared = 1;", "}"), { language: "js", scope: testScope });
  assert.throws(() => loaded.run(), { code: "SCRIPT_EXCEPTION", message: /^TypeError: Cannot add property shared/ });
});

test("runs scripts in strict mode", async () => {
  const loaded = await loadModelScript(lines("export function build() { leaked = 1; }"), { language: "js", scope: testScope });
  assert.throws(() => loaded.run(), { code: "SCRIPT_EXCEPTION", message: "ReferenceError: leaked is not defined" });
  assert.equal((globalThis as Record<string, unknown>).leaked, undefined);
});

test("locates only frames of the script it is given", async () => {
  const compiled = await compileModelScript(lines("export const x = 1;"), { language: "js" });
  assert.equal(locateError(new Error("host"), compiled), undefined);
  assert.equal(locateError("a string", compiled), undefined);
  assert.equal(locateError(new Proxy({}, {}), compiled), undefined);
  const other = await compileModelScript(lines("export function f() {", "  throw new Error('x');", "}"), { language: "js" });
  const thrown = new PartforgeError("INTERNAL", "x");
  thrown.stack = `Error: x\n    at f (${other.virtualFileName}:40:9)`;
  assert.equal(locateError(thrown, compiled), undefined);
});

test("maps a frame of the script's virtual file through the source map", async () => {
  const compiled = await compileModelScript(lines("export function f() {", "  throw new Error('x');", "}"), { language: "js" });
  const run = vm.compileFunction(compiled.code, ["require", "module", "exports", CAUGHT_HOOK], { filename: compiled.virtualFileName });
  const module = { exports: {} as Record<string, () => void> };
  run(() => ({}), module, module.exports, Object.assign(() => undefined, { entered: 0 }));
  try {
    module.exports.f!();
    assert.fail("f did not throw");
  } catch (error) {
    assert.deepEqual(locateError(error, compiled), { line: 2, column: 9 });
  }
});
