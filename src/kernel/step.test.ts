import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Compound, exportSTEP, makeBaseBox, makeSphere } from "replicad";
import { isPartforgeError } from "../shared/errors.ts";
import type { Unit } from "../shared/units.ts";
import { plateWithHoles } from "../../test/helpers/shapes.ts";
import { kernel, kernelMemoryBytes, loadKernel } from "./load.ts";
import { tessellate } from "./mesh.ts";
import { STEP_TIME_STAMP, writeStep } from "./step.ts";

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Every 3D CARTESIAN_POINT coordinate in the file. */
function coordinates(step: string): number[] {
  return [...step.matchAll(/CARTESIAN_POINT\('[^']*',\(([^,)]+),([^,)]+),([^,)]+)\)\)/g)]
    .flatMap((match) => [Number(match[1]), Number(match[2]), Number(match[3])]);
}

function isGeometryError(error: unknown): boolean {
  return isPartforgeError(error) && error.code === "GEOMETRY";
}

/** How each unit's length unit reads in the file. */
const DECLARED_UNIT: Record<Unit, RegExp> = {
  mm: /\(\s*LENGTH_UNIT\(\)\s*NAMED_UNIT\(\*\)\s*SI_UNIT\(\.MILLI\.,\.METRE\.\)\s*\)/,
  cm: /\(\s*LENGTH_UNIT\(\)\s*NAMED_UNIT\(\*\)\s*SI_UNIT\(\.CENTI\.,\.METRE\.\)\s*\)/,
  m: /\(\s*LENGTH_UNIT\(\)\s*NAMED_UNIT\(\*\)\s*SI_UNIT\(\$,\.METRE\.\)\s*\)/,
  in: /CONVERSION_BASED_UNIT\('INCH',#\d+\)\s*LENGTH_UNIT\(\)/,
  ft: /CONVERSION_BASED_UNIT\('FOOT',#\d+\)\s*LENGTH_UNIT\(\)/,
};

describe("writeStep", () => {
  before(async () => {
    await loadKernel();
  });

  it("writes an AP214 file with one named product per part", () => {
    const block = makeBaseBox(10, 10, 10);
    const ball = makeSphere(3);
    const step = text(writeStep([{ name: "block", shape: block }, { name: "ball", shape: ball }], { unit: "mm" }));
    block.delete();
    ball.delete();
    assert.match(step, /^ISO-10303-21;/);
    assert.match(step, /FILE_SCHEMA\(\('AUTOMOTIVE_DESIGN \{ 1 0 10303 214 1 1 1 1 \}'\)\);/);
    assert.deepEqual([...step.matchAll(/PRODUCT\('([^']*)'/g)].map((match) => match[1]), ["block", "ball"]);
  });

  for (const unit of Object.keys(DECLARED_UNIT) as Unit[]) {
    it(`declares ${unit} as the length unit and writes a 1 ${unit} cube with coordinates of 1, unscaled`, () => {
      const cube = makeBaseBox(1, 1, 1);
      const step = text(writeStep([{ name: "cube", shape: cube }], { unit }));
      cube.delete();
      assert.match(step, DECLARED_UNIT[unit]);
      const extent = Math.max(...coordinates(step).map(Math.abs));
      assert.equal(extent, 1, `largest coordinate ${extent}`);
    });
  }

  it("writes the fixed time stamp instead of the clock's", () => {
    const box = makeBaseBox(1, 2, 3);
    const step = text(writeStep([{ name: "box", shape: box }], { unit: "mm" }));
    box.delete();
    assert.match(step, new RegExp(`FILE_NAME\\('[^']*','${STEP_TIME_STAMP}'`));
  });

  it("writes identical bytes for identical input, whatever ran in between", () => {
    const box = makeBaseBox(10, 20, 30);
    const first = writeStep([{ name: "box", shape: box, color: "#336699" }], { unit: "mm" });
    // Things that could leak into the next file: other settings, a cached mesh, replicad's own AP242 export.
    writeStep([{ name: "other", shape: box }], { unit: "in" });
    tessellate([{ name: "box", shape: box }], { unit: "mm", tolerance: 0.01, angularTolerance: 0.05 });
    exportSTEP([{ shape: box, name: "replicad" }], { unit: "M" });
    const second = writeStep([{ name: "box", shape: box, color: "#336699" }], { unit: "mm" });
    box.delete();
    assert.deepEqual(second, first);
  });

  it("carries nothing from a coloured export into the next one (the writer is made per export: OCCT's Init keeps its colour map)", () => {
    const plain = makeBaseBox(4, 5, 6);
    const coloured = makeSphere(2);
    const alone = writeStep([{ name: "plain", shape: plain }], { unit: "mm" });
    writeStep([{ name: "red", shape: coloured, color: "#ff0000" }, { name: "plain", shape: plain, color: "#00ff00" }], { unit: "mm" });
    const after = writeStep([{ name: "plain", shape: plain }], { unit: "mm" });
    plain.delete();
    coloured.delete();
    assert.doesNotMatch(text(after), /STYLED_ITEM|COLOUR_RGB/);
    assert.deepEqual(after, alone);
  });

  it("restores the OCCT writer settings it changes and leaves no temporary file behind", () => {
    const oc = kernel();
    const box = makeBaseBox(1, 1, 1);
    writeStep([{ name: "box", shape: box }], { unit: "mm" });
    const settings = () => ["write.step.schema", "write.step.unit", "write.step.tessellated"].map((name) => oc.Interface_Static.CVal(name));
    oc.Interface_Static.SetCVal("write.step.unit", "M");
    const before = settings();
    const files = oc.FS.readdir("/tmp");
    writeStep([{ name: "box", shape: box }], { unit: "in" });
    box.delete();
    assert.deepEqual(settings(), before);
    assert.deepEqual(oc.FS.readdir("/tmp"), files);
    oc.Interface_Static.SetCVal("write.step.unit", "MM");
  });

  it("frees what each export made: kernel memory stays flat over 250 exports", () => {
    // Leaking the STEP model, as OCCT's writer does unless its session is cleared, costs this
    // plate about 0.46 MB per export: 115 MB here, more than any heap headroom can absorb.
    const plate = plateWithHoles(5);
    const parts = [{ name: "plate", shape: plate }];
    for (let i = 0; i < 10; i++) writeStep(parts, { unit: "mm" });
    const before = kernelMemoryBytes();
    for (let i = 0; i < 250; i++) writeStep(parts, { unit: "mm" });
    const growth = kernelMemoryBytes() - before;
    plate.delete();
    assert.ok(growth < 32 * 2 ** 20, `kernel memory grew by ${(growth / 2 ** 20).toFixed(0)} MB`);
  });

  it("reports a deleted shape as a GEOMETRY error, not a crash", () => {
    const box = makeBaseBox(1, 1, 1);
    box.delete();
    assert.throws(() => writeStep([{ name: "gone", shape: box }], { unit: "mm" }), isGeometryError);
  });

  it("reports a null shape as a GEOMETRY error naming the part", () => {
    const empty = new Compound(new (kernel().TopoDS_Compound)());
    assert.throws(
      () => writeStep([{ name: "nothing", shape: empty }], { unit: "mm" }),
      (error: unknown) => isGeometryError(error) && /nothing/.test((error as Error).message),
    );
    empty.delete();
  });

  it("rejects an empty part list", () => {
    assert.throws(() => writeStep([], { unit: "mm" }), (error: unknown) => isPartforgeError(error) && error.code === "INVALID_RESULT");
  });
});
