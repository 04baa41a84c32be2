import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { PartforgeError } from "../shared/errors.ts";
import { compileModelScript, type ScriptLanguage } from "./compile.ts";
import { lines } from "./testScope.ts";

async function compileError(source: string, language: ScriptLanguage = "ts"): Promise<PartforgeError> {
  try {
    await compileModelScript(source, { language });
  } catch (error) {
    assert.ok(error instanceof PartforgeError, `expected a PartforgeError, got ${String(error)}`);
    return error;
  }
  assert.fail("the script compiled");
}

const block = lines(
  'import { Workplane, FloatParam } from "partforge";',
  "// the length, in mm",
  "export const p_length: number = FloatParam({ default: 10 }) as unknown as number;",
  "/* build the block */",
  "export function build(): unknown {",
  "  return Workplane(\"XY\").box(1, 2, 3);",
  "}",
);

test("compiles a TypeScript script to strict CommonJS requiring only partforge", async () => {
  const compiled = await compileModelScript(block, { language: "ts" });
  assert.equal(compiled.code.split("\n")[0], '"use strict";');
  assert.match(compiled.code, /require\("partforge"\)/);
  assert.doesNotMatch(compiled.code, /: number|: unknown/);
  assert.equal(compiled.fileName, "model.ts");
});

test("compiles a JavaScript script", async () => {
  const compiled = await compileModelScript(lines("export function build() { return 1; }"), { language: "js", fileName: "part.js" });
  assert.equal(compiled.fileName, "part.js");
  assert.match(compiled.virtualFileName, /part\.js$/);
  assert.match(compiled.code, /function build\(\)/);
});

test("leaves no comments in the generated code", async () => {
  const compiled = await compileModelScript(lines("/*! keep me? */", "// note", "export const a = /* @__PURE__ */ Object.create(null); // end", "export function build() {}"), {
    language: "js",
  });
  assert.doesNotMatch(compiled.code, /\/\/|\/\*/);
});

test("hashes the normalised source: BOM and line ends do not change the hash", async () => {
  const unix = await compileModelScript(block, { language: "ts" });
  const windows = await compileModelScript("\uFEFF" + block.replace(/\n/g, "\r\n"), { language: "ts" });
  assert.equal(windows.sha256, unix.sha256);
  assert.equal(unix.sha256, createHash("sha256").update(block).digest("hex"));
  const other = await compileModelScript(block.replace("10", "11"), { language: "ts" });
  assert.notEqual(other.sha256, unix.sha256);
});

test("maps a generated position back to the author's line and column", async () => {
  const compiled = await compileModelScript(block, { language: "ts" });
  const generated = compiled.code.split("\n");
  const line = generated.findIndex((text) => text.includes(".box(1, 2, 3)")) + 1;
  const column = generated[line - 1]!.indexOf("box(") + 1;
  assert.deepEqual(compiled.originalLocation(line, column), { line: 6, column: 26 });
  assert.equal(compiled.originalLocation(1, 1), undefined);
});

test("records where each export is declared and which partforge names are read", async () => {
  const compiled = await compileModelScript(block, { language: "ts" });
  assert.deepEqual(compiled.exportLocations.get("p_length"), { line: 3, column: 14 });
  assert.deepEqual(compiled.exportLocations.get("build"), { line: 5, column: 17 });
  assert.deepEqual(compiled.partforgeImports.get("FloatParam"), { line: 3, column: 33 });
  assert.deepEqual(compiled.partforgeImports.get("Workplane"), { line: 6, column: 10 });
});

test("refuses import of fs at the import's line and column", async () => {
  const error = await compileError(lines("// header", 'import fs from "fs";', "export function build() { return fs; }"));
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.equal(error.message, 'import of "fs" is not allowed: a ModelScript can only import from "partforge"');
  assert.deepEqual(error.location, { line: 2, column: 16 });
});

test("refuses an import even when TypeScript would drop it as unused", async () => {
  const error = await compileError(lines('import { readFileSync } from "node:fs";', "export function build() {}"));
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.deepEqual(error.location, { line: 1, column: 30 });
});

test("refuses re-exports and side-effect imports of other modules at the module name", async () => {
  for (const [source, location] of [
    [lines("export * from 'fs';", "export function build() {}"), { line: 1, column: 15 }],
    [lines("export function build() {}", 'export { readFileSync as read } from "node:fs";'), { line: 2, column: 38 }],
    [lines('import "side-effect";', "export function build() {}"), { line: 1, column: 8 }],
  ] as const) {
    const error = await compileError(source);
    assert.equal(error.code, "IMPORT_NOT_ALLOWED", source);
    assert.match(error.message, /^import of "[\w:-]+" is not allowed/);
    assert.deepEqual(error.location, location, source);
  }
});

test("reports every refused import in the author's order, the first as the error", async () => {
  const error = await compileError(
    lines('import { Workplane } from "partforge";', "export function build() {", '  return require("b") ?? Workplane;', "}", 'import a from "a";'),
  );
  assert.equal(error.message, 'require("b") is not allowed: a ModelScript can only import from "partforge", with an import statement');
  assert.deepEqual(error.location, { line: 3, column: 18 });
  const diagnostics = error.details?.diagnostics as Array<{ message: string; line: number }>;
  assert.deepEqual(diagnostics.map((item) => item.line), [3, 5]);
  assert.match(diagnostics[1]!.message, /^import of "a" is not allowed/);
});

test("refuses TypeScript's import-equals require, even of partforge", async () => {
  const error = await compileError(lines('import pf = require("partforge");', "export function build() { return pf; }"));
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.deepEqual(error.location, { line: 1, column: 21 });
});

test("refuses require of fs at its line and column", async () => {
  const error = await compileError(lines("export function build() {", '  const fs = require("fs");', "  return fs;", "}"), "js");
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.match(error.message, /^require\("fs"\) is not allowed/);
  assert.deepEqual(error.location, { line: 2, column: 22 });
});

test("refuses require of partforge too: scripts import it", async () => {
  const error = await compileError(lines('const pf = require("partforge");', "export function build() { return pf; }"), "js");
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.deepEqual(error.location, { line: 1, column: 20 });
});

test("refuses any other use of require", async () => {
  const error = await compileError(lines("export const r = 1;", "export const load = require;", "export function build() {}"), "js");
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.deepEqual(error.location, { line: 2, column: 21 });
});

test("refuses a dynamic import of a literal at its line and column", async () => {
  const error = await compileError(lines("export async function build() {", '    return import("x");', "}"));
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.match(error.message, /^dynamic import\("x"\) is not allowed/);
  assert.deepEqual(error.location, { line: 2, column: 19 });
});

test("refuses a dynamic import of a computed name at the import keyword", async () => {
  const error = await compileError(lines("export async function build(name: string) {", "  const m = await import(name);", "  return m;", "}"));
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.deepEqual(error.location, { line: 2, column: 19 });
});

test("refuses import.meta at its line and column", async () => {
  const error = await compileError(lines("export function build() {", "  return import.meta.url;", "}"));
  assert.equal(error.code, "IMPORT_NOT_ALLOWED");
  assert.equal(error.message, "import.meta is not available in a ModelScript");
  assert.deepEqual(error.location, { line: 2, column: 10 });
});

test("reports a syntax error at the author's column although type annotations precede it", async () => {
  const source = lines(
    'import { Workplane } from "partforge";',
    "export function build(values: Record<string, number>): unknown {",
    "  const size: number = values.p_length * ;",
    "  return Workplane(\"XY\").box(size, size, size);",
    "}",
  );
  const error = await compileError(source);
  assert.equal(error.code, "SCRIPT_SYNTAX");
  assert.deepEqual(error.location, { line: 3, column: 42 });
  assert.equal(error.details?.diagnostics instanceof Array, true);
});

test("counts columns in characters when non-ASCII text precedes the error", async () => {
  const error = await compileError(lines('const länge = "größe"; const x: number = ;'));
  assert.equal(error.code, "SCRIPT_SYNTAX");
  assert.deepEqual(error.location, { line: 1, column: 42 });
});

test("rejects TypeScript syntax in a JavaScript script", async () => {
  const error = await compileError(lines("export function build() {", "  const size: number = 3;", "}"), "js");
  assert.equal(error.code, "SCRIPT_SYNTAX");
  assert.deepEqual(error.location, { line: 2, column: 13 });
});
