/**
 * Shared pieces for the ports of CadQuery's own tests: CadQuery's test fixtures in ModelScript
 * form, and counts as CadQuery's Workplane reports them.
 */
import assert from "node:assert/strict";
import { before } from "node:test";
import { Workplane, isShape, type Shape, type WorkplaneImpl } from "../../../src/api/index.ts";
import { loadKernel } from "../../../src/kernel/index.ts";

/** Loads the kernel once for the enclosing `describe`. */
export function withKernelLoaded(): void {
  before(async () => {
    await loadKernel();
  });
}

/** CadQuery tests' `makeUnitCube()`: a unit cube centred in x and y, standing on z = 0. */
export function unitCube(): WorkplaneImpl {
  return Workplane().rect(1, 1).extrude(1);
}

/** CadQuery tests' `makeCube(size)`. */
export function cube(size: number): WorkplaneImpl {
  return Workplane().rect(size, size).extrude(size);
}

/** The first stack object as a shape. */
export function valOf(wp: WorkplaneImpl): Shape {
  const value = wp.val();
  assert.ok(isShape(value), "the first stack object is not a shape");
  return value;
}

/** CadQuery's `assertTupleAlmostEquals(actual, expected, places)`. */
export function assertTupleAlmostEquals(actual: readonly number[], expected: readonly number[], places = 3): void {
  assert.equal(actual.length, expected.length, "tuple length");
  actual.forEach((value, i) => {
    assert.ok(Math.abs(value - expected[i]!) < 0.5 * 10 ** -places, `[${actual.join(", ")}] ≉ [${expected.join(", ")}] at ${i} (${places} places)`);
  });
}

/** CadQuery's `assertAlmostEqual(actual, expected, places)` (7 places by default). */
export function assertAlmostEqual(actual: number, expected: number, places = 7): void {
  assert.ok(Math.abs(actual - expected) < 0.5 * 10 ** -places, `${actual} ≉ ${expected} (${places} places)`);
}
