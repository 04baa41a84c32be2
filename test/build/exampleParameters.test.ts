/**
 * Examples that do what they say (issue 19, point 3): every example builds at each preset and
 * with all its numbers at their minimum and at their maximum together; each parameter's extremes
 * (the others at their defaults) build, or — when they conflict with the other values, say a bore
 * too big for few teeth — are refused by the script with a message naming the value; and every
 * parameter changes the geometry (the exact B-rep volume or bounding box) from the defaults, or
 * from a preset when the defaults leave it without effect (a hub length when there is no hub).
 * Measured in-process on the exact solids, without meshing.
 */
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { languageOf, loadScript, resultParts } from "../../src/build/index.ts";
import { boundingBoxOf, loadKernel, measure, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues, type LoadedScript } from "../../src/modelscript/index.ts";
import { PartforgeError } from "../../src/shared/errors.ts";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;

type Value = number | boolean | string;
type Parameter = LoadedScript["parameters"][number];

interface Geometry {
  volume: number;
  min: number[];
  max: number[];
}

/** Builds `values` (by name, typed) and measures the solids exactly. */
async function geometryOf(loaded: LoadedScript, preset: string, values: Record<string, Value>): Promise<Geometry> {
  const texts = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  const resolved = resolveValues(loaded, { preset, values: texts });
  return withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolved), "example");
    const boxes = parts.map((part) => boundingBoxOf(part.shape));
    return {
      volume: parts.reduce((sum, part) => sum + measure(part.shape, 3), 0),
      min: [0, 1, 2].map((axis) => Math.min(...boxes.map((box) => box.min[axis]!))),
      max: [0, 1, 2].map((axis) => Math.max(...boxes.map((box) => box.max[axis]!))),
    };
  });
}

/** Whether two geometries differ by more than measuring noise (1e-6 relative). */
function differs(a: Geometry, b: Geometry): boolean {
  const apart = (x: number, y: number) => Math.abs(x - y) > 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
  return apart(a.volume, b.volume) || a.min.some((value, axis) => apart(value, b.min[axis]!)) || a.max.some((value, axis) => apart(value, b.max[axis]!));
}

/** The values worth trying for a parameter: its bounds, both booleans, every choice, the strings its presets use. */
function candidates(parameter: Parameter, presets: Record<string, Record<string, Value>>): Value[] {
  const schema = parameter;
  switch (schema.type) {
    case "float":
    case "int":
      return [schema.min, schema.max].filter((value): value is number => value !== undefined);
    case "boolean":
      return [true, false];
    case "choice":
      return [...(schema.choices ?? [])];
    case "string":
      return [...new Set([schema.default, ...Object.values(presets).map((preset) => preset[parameter.name]).filter((value) => value !== undefined)])] as Value[];
    default:
      throw new Error(`no candidates for a parameter of type ${String(schema.type)}`);
  }
}

function extremes(loaded: LoadedScript, which: "min" | "max"): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const parameter of loaded.parameters) {
    if ((parameter.type === "float" || parameter.type === "int") && parameter[which] !== undefined) values[parameter.name] = parameter[which]!;
  }
  return values;
}

describe("every example's parameters", async () => {
  before(() => loadKernel());
  const files = (await readdir(EXAMPLES)).filter((f) => /\.(ts|js)$/.test(f)).sort();

  for (const file of files) {
    describe(file, () => {
      let loaded: LoadedScript;
      before(async () => {
        loaded = await loadScript(await readFile(join(EXAMPLES, file), "utf8"), languageOf(file));
      });

      it("builds at each preset, and with every number at its minimum and at its maximum together", async () => {
        for (const preset of Object.keys(loaded.presets)) await geometryOf(loaded, preset, {});
        for (const which of ["min", "max"] as const) {
          await assert.doesNotReject(geometryOf(loaded, "", extremes(loaded, which)), `all parameters at their ${which}imum`);
        }
      });

      it("every parameter changes the volume or the bounding box; its extremes build, or are refused in the script's own words", async () => {
        const presets = loaded.presets as Record<string, Record<string, Value>>;
        const bases = ["", ...Object.keys(presets).filter((name) => name !== "default")];
        const references = new Map<string, Geometry>();
        const reference = async (base: string) => references.get(base) ?? references.set(base, await geometryOf(loaded, base, {})).get(base)!;
        const inert: string[] = [];
        for (const parameter of loaded.parameters) {
          let changes = false;
          for (const base of bases) {
            for (const value of candidates(parameter, presets)) {
              let geometry: Geometry;
              try {
                geometry = await geometryOf(loaded, base, { [parameter.name]: value });
              } catch (error) {
                // A value that conflicts with the others is refused by the script itself, naming it (e.g. "a 6 mm bore is too big for 8 teeth").
                assert.ok(error instanceof PartforgeError && error.code === "SCRIPT_EXCEPTION", `${parameter.name} = ${String(value)} failed: ${String(error)}`);
                assert.ok(error.message.includes(String(value)), `the refusal of ${parameter.name} = ${String(value)} names the value: ${error.message}`);
                continue;
              }
              changes ||= differs(await reference(base), geometry);
            }
            if (changes) break;
          }
          if (!changes) inert.push(parameter.name);
        }
        assert.deepEqual(inert, [], `parameters that change nothing: ${inert.join(", ")}`);
      });
    });
  }
});
