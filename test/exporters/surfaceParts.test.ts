/**
 * An Assembly's parts that are surfaces (a face, a shell of faces) are part of every exported file,
 * as CadQuery's assembly exports write them. Read back independently: STEP by occt-import-js, AMF by prusa-slicer, 3MF and GLB
 * by assimp, 3MF by both. 3MF writes every part as an object of type "model", open or not: the core spec's
 * type "surface" would suit an open sheet, but PrusaSlicer refuses a whole file holding one (prusa3d/PrusaSlicer#11999),
 * while it opens a "model" object that is open and reports it non-manifold.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import { buildModel, type OutputType } from "../../src/build/index.ts";
import { loadKernel } from "../../src/kernel/index.ts";
import { ASSIMP, missing, PRUSA_SLICER, readWithAssimp, readWithPrusaSlicer } from "../helpers/slicerReaders.ts";
import { readStepIndependently } from "../helpers/stepReader.ts";

// A closed block, a square face (the block's top, moved aside) and a part holding a ball and that face.
const ASSEMBLY = `import { Assembly, Color, Location, Workplane } from "partforge";
export function build() {
  const sheet = Workplane().box(10, 10, 10).faces(">Z").val();
  return Assembly()
    .add(Workplane().box(10, 10, 10), { name: "block", color: new Color("red") })
    .add(sheet, { name: "sheet", color: new Color("blue"), loc: new Location([20, 0, 0]) })
    .add(Workplane().sphere(3).add(sheet), { name: "mixed", loc: new Location([0, 30, 0]) });
}
`;

const build = async (type: OutputType, source = ASSEMBLY) => (await buildModel({ source, language: "ts", type })).bytes;

describe("an Assembly with surface parts", () => {
  before(() => loadKernel());

  it("writes the face parts to STEP", async () => {
    const reading = await readStepIndependently(await build("step"));
    assert.deepEqual(reading.names, ["block", "sheet", "mixed"]);
  });

  it("writes the face parts to AMF, where prusa-slicer finds them open and in place", { skip: missing(PRUSA_SLICER) }, async () => {
    const objects = await readWithPrusaSlicer(await build("amf"), ".amf");
    assert.equal(objects.length, 3, JSON.stringify(objects));
    const [block, sheet, mixed] = objects as [(typeof objects)[0], (typeof objects)[0], (typeof objects)[0]];
    assert.ok(block.manifold && Math.abs(block.volume - 1000) < 1e-2, JSON.stringify(block));
    assert.equal(sheet.facets, 2);
    assert.equal(sheet.manifold, false);
    assert.deepEqual([sheet.bbox.min, sheet.bbox.max], [[15, -5, 5], [25, 5, 5]]);
    // The ball reaches z = 3; the face in the same part is at z = 5.
    assert.equal(mixed.bbox.max[2], 5, JSON.stringify(mixed));
    assert.equal(mixed.bbox.min[2], -3, JSON.stringify(mixed));
  });

  it("writes the face parts to 3MF as objects of type model, which PrusaSlicer opens and finds open", { skip: missing(PRUSA_SLICER) }, async () => {
    const bytes = await build("3mf");
    const objects = strFromU8(unzipSync(bytes)["3D/3dmodel.model"]!).match(/<object [^>]*>/g) ?? [];
    assert.deepEqual(objects.map((o) => [/name="([^"]*)"/.exec(o)![1], /type="([^"]*)"/.exec(o)![1]]), [["block", "model"], ["sheet", "model"], ["mixed", "model"]]);
    const read = await readWithPrusaSlicer(bytes, ".3mf");
    assert.equal(read.length, 3, JSON.stringify(read));
    assert.equal(read[1]!.facets, 2);
    assert.equal(read[1]!.manifold, false);
  });

  it("writes the face parts to 3MF, which assimp reads", { skip: missing(ASSIMP) }, async () => {
    const info = await readWithAssimp(await build("3mf"), ".3mf");
    assert.equal(info.meshes.length, 3);
    assert.equal(info.meshes[1]!.faces, 2);
  });

  for (const type of ["glb", "stl"] as const) {
    it(`writes the face parts to ${type.toUpperCase()}, which assimp reads`, { skip: missing(ASSIMP) }, async () => {
      const [all, block] = [await readWithAssimp(await build(type), `.${type}`), await readWithAssimp(await build(type, ASSEMBLY.replace(/\n {4}\.add\(sheet[^\n]*\n[^\n]*\n/, "\n")), `.${type}`)];
      // The face part's two triangles, and the mixed part's ball and face.
      assert.ok(all.faces > block.faces + 2, `${all.faces} triangles with the surface parts, ${block.faces} with the block alone`);
      // The face part reaches x = 25 and the mixed part y = 35: the box's sides are 30, 40 and 10, the
      // block's alone 10 each (GLB is in metres and Y up: compared as the sum of the sides).
      const sides = (box: typeof all.bbox) => box.max.reduce((sum, value, axis) => sum + value - box.min[axis]!, 0);
      assert.ok(Math.abs(sides(all.bbox) / sides(block.bbox) - 80 / 30) < 1e-6, JSON.stringify(all.bbox));
    });
  }
});
