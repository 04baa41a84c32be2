/**
 * Builds the same shape again after disturbing the kernel's heap, to show its output bytes do not
 * depend on what the process allocated before (OCCT orders some results by object address).
 */
import assert from "node:assert/strict";
import { makeBaseBox, type AnyShape } from "replicad";
import { DEFAULT_ANGULAR_TOLERANCE, DEFAULT_TOLERANCE, tessellate } from "../../src/kernel/mesh.ts";
import { filletEdges, subShapes } from "../../src/kernel/operations.ts";
import { withScope } from "../../src/kernel/scope.ts";
import { disturbHeap } from "./disturbHeap.ts";
import { writeStep } from "../../src/kernel/step.ts";

/** A box with filleted vertical edges: the offset algorithm meets planes, cylinders and its own arcs. */
export function roundedBlock(): AnyShape {
  const block = makeBaseBox(20, 12, 8) as AnyShape;
  const vertical = (subShapes(block, "edge") as AnyShape[]).filter((edge) => {
    const box = edge.boundingBox;
    return box.bounds[0][2] !== box.bounds[1][2] && box.bounds[0][0] === box.bounds[1][0];
  });
  return filletEdges(block, vertical as never, 2);
}

/** STEP and mesh of `make()`'s result, built in a scope of its own. */
function outputs(make: () => AnyShape): { step: Buffer; positions: Buffer; indices: Buffer } {
  return withScope(() => {
    const shape = make();
    const parts = [{ name: "part", shape }];
    const mesh = tessellate(parts, { unit: "mm", tolerance: DEFAULT_TOLERANCE, angularTolerance: DEFAULT_ANGULAR_TOLERANCE });
    return {
      step: Buffer.from(writeStep(parts, { unit: "mm" })),
      positions: Buffer.from(mesh.positions.buffer, mesh.positions.byteOffset, mesh.positions.byteLength),
      indices: Buffer.from(mesh.indices.buffer, mesh.indices.byteOffset, mesh.indices.byteLength),
    };
  });
}

/** Asserts `make()` gives the same STEP bytes and mesh after each of four heap disturbances. */
export function sameEveryTime(make: () => AnyShape): void {
  const first = outputs(make);
  for (let round = 0; round < 4; round++) {
    disturbHeap(round);
    const again = outputs(make);
    assert.ok(again.step.equals(first.step), `STEP bytes differ after disturbing the heap (round ${round})`);
    assert.ok(again.positions.equals(first.positions) && again.indices.equals(first.indices), `mesh differs after disturbing the heap (round ${round})`);
  }
}
