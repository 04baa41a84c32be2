/**
 * Every ModelScript in examples/cadquery/ (ports of CadQuery's documentation examples) is a valid
 * ModelScript that builds with each preset into a solid with volume, and exports a STEP file that
 * an independent reader (occt-import-js) reads back with the same volume.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { buildModel, loadScript, resultParts } from "../../../src/build/index.ts";
import { loadKernel, measure, withScopeAsync } from "../../../src/kernel/index.ts";
import { resolveValues } from "../../../src/modelscript/index.ts";
import { readStepIndependently } from "../../helpers/stepReader.ts";

const DIRECTORY = new URL("../../../examples/cadquery/", import.meta.url).pathname;

async function exactVolume(source: string): Promise<number> {
  const loaded = await loadScript(source, "ts");
  return withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), "x");
    return parts.reduce((sum, part) => sum + measure(part.shape, 3), 0);
  });
}

describe("examples/cadquery", async () => {
  before(() => loadKernel());
  const files = (await readdir(DIRECTORY)).filter((f) => f.endsWith(".ts")).sort();

  it("holds at least twenty examples", () => assert.ok(files.length >= 20, `only ${files.length}`));

  for (const file of files) {
    it(`${file}: declares metadata, parameters and presets, and builds each preset into a solid with a valid STEP`, async () => {
      const source = await readFile(join(DIRECTORY, file), "utf8");
      assert.match(source, /CadQuery/, "names what it is ported from");
      const loaded = await loadScript(source, "ts");
      assert.ok(loaded.metadata.name.length > 0, "has a name");
      assert.ok(loaded.parameters.length > 0, "has parameters");
      assert.ok(Object.keys(loaded.presets).length > 1, "has a preset beyond default");
      const volume = await exactVolume(source);
      assert.ok(volume > 0, `volume ${volume}`);
      for (const preset of Object.keys(loaded.presets)) {
        const output = await buildModel({ source, language: "ts", type: "step", preset });
        const reading = await readStepIndependently(output.bytes);
        assert.ok(reading.solids.length > 0, `${preset}: the STEP file holds solids`);
        assert.ok(reading.volume > 0, `${preset}: the STEP volume is positive`);
        if (preset === "default") assert.ok(Math.abs(reading.volume - volume) <= 1e-3 * volume, `STEP volume ${reading.volume} vs ${volume}`);
      }
    });
  }
});
