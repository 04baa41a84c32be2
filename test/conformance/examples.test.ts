/**
 * The parametric examples (examples/<name>.ts) against their native references
 * (examples-native/<name>.py → examples-expected.json, see README.md): at the default
 * configuration and at the values the customizer bench slides each numeric parameter through,
 * every configuration built in-process and compared as the conformance suite compares (solids and
 * faces exactly, volume within 1e-6 relative); a configuration the native script refused must be
 * refused by the example too. This is what makes the customizer bench's rebuild ÷ native figure
 * like for like: the native side builds the same B-rep for the same values.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { loadKernel } from "../../src/kernel/index.ts";
import { buildAndMeasure, difference, type ExampleConfiguration } from "./measure.ts";

const HERE = new URL(".", import.meta.url).pathname;
const EXAMPLES = join(HERE, "..", "..", "examples");
const expected = (JSON.parse(readFileSync(join(HERE, "examples-expected.json"), "utf8")) as { programs: Record<string, ExampleConfiguration[]> }).programs;
const natives = readdirSync(join(HERE, "examples-native")).filter((f) => f.endsWith(".py") && !f.startsWith("_")).map((f) => f.slice(0, -3)).sort();

describe("parametric examples against their native references", () => {
  before(() => loadKernel());

  it("has expected values for every native reference and a reference for every entry", () => {
    assert.deepEqual(Object.keys(expected).sort(), natives, "run npm run conformance:native-examples after adding or removing examples-native/*.py");
  });

  for (const name of natives) {
    it(`${name}: every configuration builds the native reference's solids, faces and volume`, async () => {
      const source = readFileSync(join(EXAMPLES, `${name}.ts`), "utf8");
      const configurations = expected[name] ?? [];
      assert.ok(configurations.length > 1, `${name}: no configurations besides the default in examples-expected.json`);
      const wrong: string[] = [];
      for (const configuration of configurations) {
        const at = JSON.stringify(configuration.values);
        if (configuration.refused !== undefined) {
          await assert.rejects(buildAndMeasure(source, configuration.values), `${name} ${at}: the native script refuses it (${configuration.refused}) but the example builds it`);
          continue;
        }
        const measured = await buildAndMeasure(source, configuration.values);
        const differs = difference(measured, { solids: configuration.solids!, faces: configuration.faces!, volume: configuration.volume! });
        if (differs !== undefined) wrong.push(`${at}: ${differs}`);
      }
      assert.deepEqual(wrong, [], `${name} differs from its native build`);
    });
  }
});
