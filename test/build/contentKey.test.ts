/**
 * A build in this process (`buildModel`: the CLI, tools) and the same build through the pool give
 * the same content key, so the same ETag and cache key, for each script language: the pool names
 * a script by its compiled hash, which for Python covers the translation and the runtime prelude.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { buildModel } from "../../src/build/index.ts";
import { engineVersion } from "../../src/build/cache/index.ts";
import { ScriptCompiler } from "../../src/build/pool/compiler.ts";
import { BuildKeys, prepareRequest } from "../../src/build/pool/prepare.ts";
import type { ScriptLanguage } from "../../src/modelscript/index.ts";

const EXAMPLES = new URL("../../examples/", import.meta.url);

async function poolKey(source: string, language: ScriptLanguage, values: Record<string, string>, built: Awaited<ReturnType<typeof buildModel>>): Promise<string> {
  const prepared = await prepareRequest(new ScriptCompiler(), { source, language, type: "stl", values }, { timeoutMs: 60_000 }, undefined);
  if (!("request" in prepared)) throw new Error(prepared.error.message);
  return new BuildKeys(engineVersion()).contentKey(prepared, built.values);
}

describe("content keys in this process and in the pool", () => {
  for (const [file, language, values] of [
    ["cable-comb.py", "py", {}],
    ["hex-standoff.js", "js", {}],
    ["bored-block.ts", "ts", {}],
  ] as const) {
    it(`are the same for ${file} (${language})`, async () => {
      const source = await readFile(new URL(file, EXAMPLES), "utf8");
      const built = await buildModel({ source, language, type: "stl", values });
      assert.equal(built.contentKey, await poolKey(source, language, values, built));
    });
  }

  it("differ when a value differs", async () => {
    const source = await readFile(new URL("cable-comb.py", EXAMPLES), "utf8");
    const a = await buildModel({ source, language: "py", type: "stl" });
    const parameter = a.description.parameters.find((p) => p.type === "int" || p.type === "float");
    assert.ok(parameter, "cable-comb.py has a numeric parameter");
    const value = String(Number(a.values[parameter.name]) + 1);
    const b = await buildModel({ source, language: "py", type: "stl", values: { [parameter.name]: value } });
    assert.notEqual(a.contentKey, b.contentKey);
  });
});
