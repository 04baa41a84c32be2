import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildModel, languageOf, loadScript, parseOutputType, resultParts } from "../../src/build/index.ts";
import { loadKernel, measure, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues, type ScriptLanguage } from "../../src/modelscript/index.ts";
import { PartforgeError } from "../../src/shared/errors.ts";
import { readStepIndependently } from "../helpers/stepReader.ts";
import { readStl, readStlWithThree } from "../helpers/stlReader.ts";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;

/** Exact B-rep volume of what a script builds with its default values. */
async function exactVolume(source: string, language: ScriptLanguage): Promise<number> {
  const loaded = await loadScript(source, language);
  return withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), "x");
    return parts.reduce((sum, part) => sum + measure(part.shape, 3), 0);
  });
}

const MM_PER = { mm: 1, cm: 10, m: 1000, in: 25.4, ft: 304.8 } as const;

describe("every example", async () => {
  before(() => loadKernel());
  const files = (await readdir(EXAMPLES)).filter((f) => /\.(ts|js)$/.test(f)).sort();

  it("there are at least eight examples", () => assert.ok(files.length >= 8, `only ${files.length}`));

  for (const file of files) {
    describe(file, () => {
      let source: string;
      let volume: number;
      /** The first build of the defaults to each type, made once: the STEP and STL checks read it, and the repeatability check builds again and compares. */
      const firstBuilds = new Map<"stl" | "step", ReturnType<typeof buildModel>>();
      const firstBuild = (type: "stl" | "step") => firstBuilds.get(type) ?? firstBuilds.set(type, buildModel({ source, language: languageOf(file), type })).get(type)!;
      before(async () => {
        source = await readFile(join(EXAMPLES, file), "utf8");
        volume = await exactVolume(source, languageOf(file));
      });

      it("describes itself with parameters, groups and presets", async () => {
        const loaded = await loadScript(source, languageOf(file));
        assert.ok(loaded.parameters.length > 0, "has parameters");
        assert.ok(Object.keys(loaded.presets).length > 1, "has presets beyond default");
      });

      it("builds every preset", async () => {
        const loaded = await loadScript(source, languageOf(file));
        for (const preset of Object.keys(loaded.presets)) {
          const output = await buildModel({ source, language: languageOf(file), type: "step", preset });
          assert.ok(output.bytes.length > 0, preset);
        }
      });

      it("writes STEP that an independent reader re-imports with the same volume (0.01 %)", async () => {
        const output = await firstBuild("step");
        const unit = output.description.uom;
        const reading = await readStepIndependently(output.bytes);
        const expectedMm3 = volume * MM_PER[unit] ** 3;
        assert.ok(Math.abs(reading.volume - expectedMm3) / expectedMm3 < 1e-4, `re-imported ${reading.volume} mm³, built ${expectedMm3} mm³`);
      });

      it("writes a closed STL whose volume is within 0.5 % of the solid's", async () => {
        const output = await firstBuild("stl");
        const ours = readStl(output.bytes);
        const three = readStlWithThree(output.bytes);
        assert.ok(ours.isClosed, "closed mesh");
        assert.equal(three.triangles, ours.triangles);
        assert.ok(Math.abs(ours.volume - volume) / volume < 5e-3, `mesh ${ours.volume}, solid ${volume}`);
      });

      it("is byte-identical when built twice", async () => {
        for (const type of ["stl", "step"] as const) {
          const a = await firstBuild(type);
          const b = await buildModel({ source, language: languageOf(file), type });
          assert.deepEqual(a.bytes, b.bytes, type);
        }
      });
    });
  }
});

describe("build results", () => {
  before(() => loadKernel());
  const script = (body: string) => `import { Workplane } from "partforge";\nexport const METADATA = { name: "R" };\nexport function build() {\n${body}\n}\n`;
  const fails = async (body: string, pattern: RegExp) => {
    await assert.rejects(buildModel({ source: script(body), language: "ts", type: "step" }), (error: unknown) => {
      assert.ok(error instanceof PartforgeError);
      assert.equal(error.code, "INVALID_RESULT");
      assert.match(error.message, pattern);
      return true;
    });
  };

  it("rejects a build() that returns nothing", () => fails("  Workplane().box(1, 1, 1);", /returned nothing/));
  it("rejects a build() that returns a number", () => fails("  return 42;", /returned 42/));
  it("rejects a build() that returns a face", () => fails('  return Workplane().box(1, 1, 1).faces(">Z").val();', /returned a face/));
  it("rejects a Workplane with no solid", () => fails("  return Workplane().rect(1, 1);", /no solid/));
  it("rejects an empty array", () => fails("  return [];", /empty array/));
  it("rejects a shape that was cut away entirely", () => fails('  return Workplane().box(1, 1, 1).faces(">Z").workplane().hole(5);', /empty shape.*cut away/));
  it("names the part that was cut away among several", () => fails('  return [Workplane().box(1, 1, 1), Workplane().box(1, 1, 1).faces(">Z").workplane().hole(5)];', /empty shape \(part 2\)/));

  it("accepts an array of Workplanes as separate named parts", async () => {
    const output = await buildModel({
      source: script("  return [Workplane().box(1, 1, 1), Workplane().sphere(1).translate([5, 0, 0])];"),
      language: "ts",
      type: "step",
    });
    const reading = await readStepIndependently(output.bytes);
    assert.equal(reading.solids.length, 2);
    assert.ok(Math.abs(reading.volume - (1 + (4 / 3) * Math.PI)) < 1e-3);
  });

  it("names the download after the model", async () => {
    const output = await buildModel({ source: script("  return Workplane().box(1, 1, 1);"), language: "ts", type: parseOutputType("STL") });
    assert.equal(output.fileName, "R.stl");
    assert.equal(output.mediaType, "model/stl");
  });
});
