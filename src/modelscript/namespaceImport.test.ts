import { test } from "node:test";
import assert from "node:assert/strict";
import { transform } from "esbuild";
import { compileModelScript } from "./compile.ts";
import { loadModelScript } from "./load.ts";
import { ESBUILD_TO_ESM, SHARED_NAMESPACE_HELPER } from "./namespaceImport.ts";
import { lines, testScope } from "./testScope.ts";

/**
 * What a script sees of `import * as cq from "partforge"`: the same object as named imports
 * read from (the frozen scope), for every build. Against a real ES module namespace (checked
 * below on one): the same null prototype, non-extensibility and absent `default` (the module has
 * no default export); the keys in the module's own order (an ES namespace sorts them; the
 * service's `"partforge"` scope is built from an ES namespace, so it is sorted as well); no
 * `Symbol.toStringTag` and `writable: false` properties, where a real namespace has "Module"
 * and `writable: true` (assigning throws a TypeError in strict code either way). Before, esbuild's
 * `__toESM` handed each build a fresh extensible copy with a getter per export and a `default`
 * key holding the scope (a default import and `cq.default` were already refused at load).
 */
const probe = lines(
  'import * as cq from "partforge";',
  'import { FloatParam } from "partforge";',
  "export const p_size = FloatParam({ default: 1 });",
  "const attempt = (change) => { try { change(); return \"changed\"; } catch (error) { return error instanceof TypeError ? \"TypeError\" : String(error); } };",
  "export function build() {",
  "  return {",
  "    cq,",
  "    sameAsNamed: cq.FloatParam === FloatParam,",
  "    keys: Object.keys(cq),",
  "    spread: Object.keys({ ...cq }),",
  '    hasDefault: "default" in cq,',
  '    readDefault: cq["default"],',
  "    frozen: Object.isFrozen(cq),",
  "    prototype: Object.getPrototypeOf(cq),",
  "    tag: Object.prototype.toString.call(cq),",
  '    add: attempt(() => { cq["extra"] = 1; }),',
  "    replace: attempt(() => { cq.Workplane = null; }),",
  '    remove: attempt(() => { delete cq.Workplane; }),',
  "    reproto: attempt(() => { Object.setPrototypeOf(cq, {}); }),",
  "  };",
  "}",
);

test("a namespace import is the frozen module object itself, with ES-module keys and no default", async () => {
  const loaded = await loadModelScript(probe, { language: "js", scope: testScope });
  const first = loaded.run() as Record<string, unknown>;
  const second = loaded.run() as Record<string, unknown>;
  assert.equal(first.cq, second.cq, "every build sees the same namespace object");
  assert.equal(first.sameAsNamed, true);
  assert.deepEqual(first.keys, Object.keys(testScope));
  assert.deepEqual(first.spread, Object.keys(testScope));
  assert.equal(first.hasDefault, false);
  assert.equal(first.readDefault, undefined);
  assert.equal(first.frozen, true);
  assert.equal(first.prototype, null);
  assert.equal(first.tag, "[object Object]");
  assert.deepEqual([first.add, first.replace, first.remove, first.reproto], ["TypeError", "TypeError", "TypeError", "TypeError"]);
  assert.equal(typeof (second.cq as Record<string, unknown>).Workplane, "function");
});

test("shares what a real ES module namespace does: null prototype, not extensible, no default, writes refused", async () => {
  const module = "data:text/javascript,export const b = 2; export const a = 1;";
  const real = (await import(module)) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(real), null);
  assert.equal(Object.isExtensible(real), false);
  assert.equal("default" in real, false);
  assert.deepEqual(Object.keys(real), ["a", "b"]);
  assert.throws(() => {
    "use strict";
    real.a = 3;
  }, TypeError);
  // Where it differs from the shared object (see above).
  assert.equal(Object.prototype.toString.call(real), "[object Module]");
  assert.equal(Object.getOwnPropertyDescriptor(real, "a")?.writable, true);
});

test("export * as and a Python script's runtime get the same shared object", async () => {
  const reexport = await loadModelScript(lines('export * as pf from "partforge";', "export function build() { return 1; }"), { language: "js", scope: testScope });
  assert.equal(reexport.compiled.code.includes(SHARED_NAMESPACE_HELPER), true);
  const python = await compileModelScript(lines("import cadquery as cq", "result = cq.Workplane('XY').box(1, 2, 3)"), { language: "py" });
  assert.equal(python.code.includes(SHARED_NAMESPACE_HELPER), true);
  assert.equal(python.code.includes("__copyProps(\n"), false);
});

test("the compiled code keeps esbuild's lines: the helper's lines are emptied, not removed", async () => {
  const source = lines('import * as cq from "partforge";', "export function build() {", "  return cq.Workplane(\"XY\").box(1, 2, 3);", "}");
  const raw = await transform(source, { loader: "js", format: "cjs", platform: "neutral", target: "node20" });
  assert.equal(raw.code.includes(ESBUILD_TO_ESM), true, "esbuild writes the helper namespaceImport.ts replaces (update ESBUILD_TO_ESM after an esbuild upgrade)");
  const compiled = await compileModelScript(source, { language: "js" });
  const generated = compiled.code.split("\n");
  assert.equal(generated.length, raw.code.split("\n").length + 1, "the \"use strict\" line and esbuild's lines");
  const at = generated.indexOf(SHARED_NAMESPACE_HELPER);
  assert.ok(at > 0);
  assert.deepEqual(generated.slice(at + 1, at + ESBUILD_TO_ESM.split("\n").length), Array(ESBUILD_TO_ESM.split("\n").length - 1).fill(""));
  assert.equal(generated[at - 1 + ESBUILD_TO_ESM.split("\n").length + 1]?.startsWith("var __toCommonJS"), true);
});

test("leaves an author's own __toESM and a string holding the helper's text alone", async () => {
  const own = await loadModelScript(lines("export const __toESM = (x) => [x];", "export function build() { return __toESM(1); }"), { language: "js", scope: testScope });
  assert.deepEqual(own.run(), [1]);
  assert.equal(own.compiled.code.includes(SHARED_NAMESPACE_HELPER), false);
  const text = "\n" + ESBUILD_TO_ESM + "\n";
  const quoted = await loadModelScript(
    lines('import * as cq from "partforge";', `const text = \`${text.replace(/[`\\$]/g, "\\$&")}\`;`, "export function build() { return [text, typeof cq.Workplane]; }"),
    { language: "js", scope: testScope },
  );
  assert.deepEqual(quoted.run(), [text, "function"]);
});

test("a default import is still refused at load, as an ES module without a default export refuses it", async () => {
  await assert.rejects(
    loadModelScript(lines('import cq from "partforge";', "export function build() { return cq.Workplane; }"), { language: "js", scope: testScope }),
    { code: "SCRIPT_INVALID", message: /"partforge" has no export named "default"/ },
  );
});
