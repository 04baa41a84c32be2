/**
 * CadQuery's documentation programs built from their original Python text (issue 17, point 4):
 * test/conformance/programs/*.py, unchanged, translated and built as Python ModelScripts, must
 * give the native reference's solids, faces and volume (1e-6), as their TypeScript ports do.
 *
 * What the documentation's `.. cadquery::` directive does around a program is done here too,
 * without touching its text: it renders `result` (a CQGI script that shows nothing builds
 * `result`), or the variable the page selects (the one the port returns: `show_object(name)` is
 * appended when the program shows nothing itself); and three primer programs rely on the page's
 * earlier `from cadquery.func import *` block, which is prepended.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadKernel } from "../../src/kernel/index.ts";
import { AssemblyImpl, SketchImpl, WorkplaneImpl, isShape, type Shape } from "../../src/api/index.ts";
import { loadScript } from "../../src/build/index.ts";
import { withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues } from "../../src/modelscript/index.ts";
import { difference, measureShapes, type Expected } from "../conformance/measure.ts";
import { PENDING } from "../conformance/pending.ts";

const SUITE = new URL("../conformance/", import.meta.url).pathname;
const expected = (JSON.parse(readFileSync(join(SUITE, "expected.json"), "utf8")) as { programs: Record<string, Expected> }).programs;
const names = readdirSync(join(SUITE, "ports")).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).filter((name) => PENDING[name] === undefined).sort();

/** Programs whose Python original cannot build yet, with the error it stops at. */
const PYTHON_PENDING: Record<string, string> = {
  "assy-door": "importers.importDXF: scripts cannot read files", // the port inlines the DXF text
  "examples-braille": "a class is not supported in a Python ModelScript", // a Point class with __add__ and __getitem__
};

function shapesOf(result: unknown): Shape[] {
  if (isShape(result)) return [result];
  if (result instanceof WorkplaneImpl) return result.vals().filter(isShape);
  if (result instanceof SketchImpl) {
    const faces = result.facesShape();
    return faces ? [faces] : [];
  }
  if (result instanceof AssemblyImpl) return result.toShapes();
  if (Array.isArray(result)) return result.flatMap(shapesOf);
  throw new Error(`the program's result is not a Workplane, shape, Sketch or Assembly: ${String(result)}`);
}

/** The program as the documentation page runs it (see the file comment). */
function asRendered(name: string): string {
  const original = readFileSync(join(SUITE, "programs", `${name}.py`), "utf8");
  const port = readFileSync(join(SUITE, "ports", `${name}.ts`), "utf8");
  const selected = /return (\w+);\s*\}\s*$/.exec(port)?.[1];
  const shows = /\bshow(_object)?\(/.test(original);
  const pageImport = /const \{[^}]*\} = func;/.test(port) && !/^from cadquery\.(func|occ_impl\.shapes) import/m.test(original) ? "from cadquery.func import *\n" : "";
  const render = selected !== undefined && selected !== "result" && !shows ? `\nshow_object(${selected})\n` : "";
  return pageImport + original + render;
}

describe("CadQuery documentation programs from their original Python text", () => {
  before(() => loadKernel());
  const passing: string[] = [];

  for (const name of names) {
    const pending = PYTHON_PENDING[name];
    it(pending === undefined ? `${name}.py builds the native reference's solids, faces and volume` : `${name}.py still stops at: ${pending}`, async () => {
      let failure: Error | undefined;
      let wrong: string | undefined;
      try {
        const loaded = await loadScript(asRendered(name), "py");
        const measured = await withScopeAsync(async () => measureShapes(shapesOf(loaded.run(resolveValues(loaded, { values: {} })))));
        wrong = difference(measured, expected[name]!);
      } catch (error) {
        failure = error as Error;
      }
      if (pending !== undefined) {
        assert.ok(failure !== undefined, `${name}.py builds now: remove it from PYTHON_PENDING`);
        assert.ok(failure.message.includes(pending), `${name}.py fails differently now: ${failure.message}`);
        return;
      }
      if (failure !== undefined) assert.fail(`${name}.py does not build: ${failure.message}`);
      if (wrong !== undefined) assert.fail(`${name}.py differs from the native build: ${wrong}`);
      passing.push(name);
    });
  }

  after(() => console.log(`python conformance: ${passing.length} of ${names.length} CadQuery documentation programs build from their Python text`));
});
