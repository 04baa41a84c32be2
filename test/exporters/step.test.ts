import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox, makeCylinder, makeSphere, type AnyShape } from "replicad";
import { exportStep } from "../../src/exporters/index.ts";
import { boundingBoxOf, loadKernel, volumeOf } from "../../src/kernel/index.ts";
import { isPartforgeError } from "../../src/shared/errors.ts";
import type { Box3 } from "../helpers/meshChecks.ts";
import { boxWithHole, cubeAndSphere } from "../helpers/shapes.ts";
import { readStepIndependently } from "../helpers/stepReader.ts";

const solids: Record<string, { make: () => AnyShape; solidCount: number }> = {
  box: { make: () => makeBaseBox(10, 20, 30), solidCount: 1 },
  cylinder: { make: () => makeCylinder(5, 10, [1, 2, 3]), solidCount: 1 },
  sphere: { make: () => makeSphere(10), solidCount: 1 },
  "box with a bore": { make: boxWithHole, solidCount: 1 },
  "cube and sphere compound": { make: cubeAndSphere, solidCount: 2 },
};

function assertBoxesClose(actual: Box3, expected: { min: number[]; max: number[] }, absolute: number): void {
  for (const corner of ["min", "max"] as const) {
    actual[corner].forEach((value, axis) => {
      const wanted = expected[corner][axis]!;
      assert.ok(Math.abs(value - wanted) <= absolute, `bbox ${corner}[${axis}] = ${value}, expected ${wanted} ± ${absolute}`);
    });
  }
}

/** sRGB channel (0..1) as linear light, the way occt-import-js reports colours. */
function linear(srgb: number): number {
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

describe("STEP export, read back by occt-import-js", () => {
  before(async () => {
    await loadKernel();
  });

  for (const [name, { make, solidCount }] of Object.entries(solids)) {
    it(`writes a ${name} that re-imports with the solid's volume within 0.01% and its bounding box`, async () => {
      const shape = make();
      const exact = volumeOf(shape);
      const exactBox = boundingBoxOf(shape);
      const bytes = exportStep([{ name, shape }], { unit: "mm" });
      shape.delete();
      const reading = await readStepIndependently(bytes);
      assert.equal(reading.solids.length, solidCount);
      assert.ok(reading.solids.every((solid) => solid.meshVolume > 0), "every solid's faces point outwards");
      assert.ok(Math.abs(reading.volume - exact) / exact < 1e-4, `re-imported volume ${reading.volume} vs exact ${exact}`);
      assert.ok(Math.abs(reading.meshVolume - exact) / exact < 1e-3, `re-imported mesh volume ${reading.meshVolume} vs exact ${exact}`);
      // Mesh vertices lie on the surface but need not reach its extremes: allow 1e-4 of the size.
      const size = Math.max(...exactBox.max.map((max, axis) => max - exactBox.min[axis]!));
      assertBoxesClose(reading.bbox, exactBox, 1e-4 * size);
    });
  }

  it("writes a 1 in cube in inches: 1 in when read in inches, 25.4 mm when read in millimetres", async () => {
    const cube = makeBaseBox(1, 1, 1);
    const bytes = exportStep([{ name: "cube", shape: cube }], { unit: "in" });
    cube.delete();
    const inches = await readStepIndependently(bytes, { linearUnit: "inch" });
    assertBoxesClose(inches.bbox, { min: [-0.5, -0.5, 0], max: [0.5, 0.5, 1] }, 1e-9);
    assert.ok(Math.abs(inches.volume - 1) < 1e-9);
    const millimetres = await readStepIndependently(bytes, { linearUnit: "millimeter" });
    assertBoxesClose(millimetres.bbox, { min: [-12.7, -12.7, 0], max: [12.7, 12.7, 25.4] }, 1e-9);
    assert.ok(Math.abs(millimetres.volume - 25.4 ** 3) / 25.4 ** 3 < 1e-9);
  });

  it("writes a 1 mm cube in millimetres: 1 mm when read in millimetres, 1/25.4 in when read in inches", async () => {
    const cube = makeBaseBox(1, 1, 1);
    const bytes = exportStep([{ name: "cube", shape: cube }], { unit: "mm" });
    cube.delete();
    const millimetres = await readStepIndependently(bytes, { linearUnit: "millimeter" });
    assertBoxesClose(millimetres.bbox, { min: [-0.5, -0.5, 0], max: [0.5, 0.5, 1] }, 1e-9);
    const inches = await readStepIndependently(bytes, { linearUnit: "inch" });
    assertBoxesClose(inches.bbox, { min: [-0.5 / 25.4, -0.5 / 25.4, 0], max: [0.5 / 25.4, 0.5 / 25.4, 1 / 25.4] }, 1e-9);
  });

  it("writes two named parts that come back as two solids with their names and colours", async () => {
    const block = makeBaseBox(10, 10, 10);
    const ball = makeSphere(3).translate([20, 0, 0]);
    const bytes = exportStep(
      [{ name: "block", shape: block, color: "#ff8000" }, { name: "ball 'Ø6'", shape: ball }],
      { unit: "mm" },
    );
    const expected = volumeOf(block) + volumeOf(ball);
    block.delete();
    ball.delete();
    const reading = await readStepIndependently(bytes);
    assert.deepEqual(reading.names, ["block", "ball 'Ø6'"]);
    assert.deepEqual(reading.solids.map((solid) => solid.name), ["block", "ball 'Ø6'"]);
    const color = reading.solids[0]!.color;
    assert.ok(color !== undefined, "the block keeps its colour");
    [1, 128 / 255, 0].forEach((srgb, i) => assert.ok(Math.abs(color[i]! - linear(srgb)) < 1e-6, `colour ${color}`));
    assert.equal(reading.solids[1]!.color, undefined);
    assert.ok(Math.abs(reading.volume - expected) / expected < 1e-4);
  });

  it("writes byte-identical files for two exports of the same shape", () => {
    const shape = boxWithHole();
    const first = exportStep([{ name: "bored", shape }], { unit: "in" });
    const second = exportStep([{ name: "bored", shape }], { unit: "in" });
    shape.delete();
    assert.deepEqual(second, first);
  });

  it("turns a kernel failure during export into a GEOMETRY PartforgeError", () => {
    const shape = makeBaseBox(1, 1, 1);
    shape.delete();
    assert.throws(
      () => exportStep([{ name: "gone", shape }], { unit: "mm" }),
      (error: unknown) => isPartforgeError(error) && error.code === "GEOMETRY" && error.httpStatus === 500,
    );
  });
});
