import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox, makeCylinder, makeSphere } from "replicad";
import { isPartforgeError } from "../shared/errors.ts";
import { boxWithHole, BOX_WITH_HOLE_VOLUME } from "../../test/helpers/shapes.ts";
import { loadKernel } from "./load.ts";
import { areaOf, boundingBoxOf, centerOfMassOf, volumeOf } from "./measure.ts";

function assertClose(actual: number, expected: number, relative = 1e-9, message?: string): void {
  const scale = Math.max(Math.abs(expected), 1);
  assert.ok(Math.abs(actual - expected) <= relative * scale, message ?? `${actual} is not within ${relative} of ${expected}`);
}

function assertTripleClose(actual: readonly number[], expected: readonly number[], relative = 1e-9): void {
  actual.forEach((value, i) => assertClose(value, expected[i]!, relative, `[${actual}] differs from [${expected}]`));
}

describe("B-rep measures", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives a box's exact volume, area, centre of mass and bounding box", () => {
    const box = makeBaseBox(10, 20, 30);
    assertClose(volumeOf(box), 6000);
    assertClose(areaOf(box), 2 * (200 + 300 + 600));
    assertTripleClose(centerOfMassOf(box), [0, 0, 15]);
    const bbox = boundingBoxOf(box);
    assertTripleClose(bbox.min, [-5, -10, 0]);
    assertTripleClose(bbox.max, [5, 10, 30]);
    box.delete();
  });

  it("measures curved solids from their exact geometry, not from a mesh", () => {
    const sphere = makeSphere(10);
    assertClose(volumeOf(sphere), (4 / 3) * Math.PI * 1000, 1e-9);
    assertClose(areaOf(sphere), 4 * Math.PI * 100, 1e-9);
    const bbox = boundingBoxOf(sphere);
    assertTripleClose(bbox.min, [-10, -10, -10], 1e-7);
    assertTripleClose(bbox.max, [10, 10, 10], 1e-7);
    sphere.delete();

    const cylinder = makeCylinder(5, 10, [1, 2, 3]);
    assertClose(volumeOf(cylinder), Math.PI * 25 * 10, 1e-9);
    assertTripleClose(centerOfMassOf(cylinder), [1, 2, 8]);
    cylinder.delete();
  });

  it("subtracts a bore from a block's volume", () => {
    const part = boxWithHole();
    assertClose(volumeOf(part), BOX_WITH_HOLE_VOLUME, 1e-9);
    part.delete();
  });

  it("reports a deleted shape as a GEOMETRY error rather than crashing", () => {
    const box = makeBaseBox(1, 1, 1);
    box.delete();
    for (const measure of [volumeOf, areaOf, centerOfMassOf, boundingBoxOf]) {
      assert.throws(() => measure(box), (error: unknown) => isPartforgeError(error) && error.code === "GEOMETRY");
    }
  });
});
