/**
 * The STEP file holds what the build made: every conformance port that agrees with its native
 * build (conformance.test.ts compares the shapes in memory), and every parametric example with a
 * native reference at its defaults (examples.test.ts), is built again to STEP through the
 * export pipeline and the file is read back by an independent reader, FreeCAD (its own OpenCascade
 * build), which must find the native reference's solids, faces and volume. conformance.test.ts alone could not see a part the writer left out: an assembly that
 * placed one shape moved and then as it was lost its second cone in the file (assy-object-locations,
 * fixed in src/kernel/stepPartners.ts) while its measured result had both.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { buildModel } from "../../src/build/index.ts";
import { freecadMissing, readFilesWithFreecad, type FreecadShape } from "../helpers/freecadReader.ts";
import { difference, type ExampleConfiguration, type Expected, type Measured } from "./measure.ts";
import { PENDING } from "./pending.ts";
import { millimetresPer, type Unit } from "../../src/shared/units.ts";

const HERE = new URL(".", import.meta.url).pathname;
const expected = (JSON.parse(readFileSync(join(HERE, "expected.json"), "utf8")) as { programs: Record<string, Expected> }).programs;
const EXAMPLES = join(HERE, "..", "..", "examples");
/** The parametric examples with a native reference, at their defaults (examples-expected.json's configuration with no values). */
const examples = Object.entries((JSON.parse(readFileSync(join(HERE, "examples-expected.json"), "utf8")) as { programs: Record<string, ExampleConfiguration[]> }).programs)
  .map(([name, configurations]) => ({ name, defaults: configurations.find((c) => Object.keys(c.values).length === 0) }))
  .filter((e): e is { name: string; defaults: ExampleConfiguration & Measured } => e.defaults?.solids !== undefined && e.defaults.solids > 0)
  .sort((a, b) => a.name.localeCompare(b.name));
/**
 * The ports that make solids and agree with their native build (an assembly's face parts, as in
 * assy-axis-surface and assy-plane-surface, are in the file too). The pending ones are
 * conformance.test.ts's; a port whose result has no solid (a face, a wire, a sketch) is refused
 * by the build service (a build returns solids), which test/api covers.
 */
const agreeing = readdirSync(join(HERE, "ports"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3))
  .filter((name) => PENDING[name] === undefined && (expected[name]?.solids ?? 0) > 0)
  .sort();

describe("the STEP file of every conformance port, read back by FreeCAD", { skip: freecadMissing() }, () => {
  const read = new Map<string, FreecadShape>();

  before(async () => {
    const files: { name: string; bytes: Uint8Array; unit: Unit }[] = [];
    const build = async (name: string, path: string) => {
      const built = await buildModel({ source: readFileSync(path, "utf8"), language: "ts", type: "step" });
      files.push({ name, bytes: built.bytes, unit: built.description.uom });
    };
    for (const name of agreeing) await build(name, join(HERE, "ports", `${name}.ts`));
    for (const { name } of examples) await build(`examples/${name}`, join(EXAMPLES, `${name}.ts`));
    const shapes = await readFilesWithFreecad(files.map((f) => f.bytes), "step");
    // The file declares the model's unit; FreeCAD reads it into millimetres.
    files.forEach((f, i) => read.set(f.name, { ...shapes[i]!, volume: shapes[i]!.volume / millimetresPer(f.unit) ** 3 }));
  });

  for (const name of agreeing) {
    it(`${name}: the file holds the native build's solids, faces and volume`, () => {
      const shape = read.get(name);
      assert.ok(shape, `${name}: FreeCAD read nothing`);
      const native = expected[name]!;
      const wrong = difference({ solids: shape.counts.solids, faces: shape.counts.faces, volume: shape.volume }, native);
      assert.equal(wrong, undefined, `${name}: the STEP file differs from the native build: ${wrong}`);
    });
  }

  for (const { name, defaults } of examples) {
    it(`examples/${name} at its defaults: the file holds the native build's solids, faces and volume`, () => {
      const shape = read.get(`examples/${name}`);
      assert.ok(shape, `examples/${name}: FreeCAD read nothing`);
      const wrong = difference({ solids: shape.counts.solids, faces: shape.counts.faces, volume: shape.volume }, defaults);
      assert.equal(wrong, undefined, `examples/${name}: the STEP file differs from the native build: ${wrong}`);
    });
  }
});
