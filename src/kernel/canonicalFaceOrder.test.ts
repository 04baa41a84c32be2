import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox, type AnyShape, type Face } from "replicad";
import { loadKernel } from "./load.ts";
import { disturbHeap } from "../../test/helpers/disturbHeap.ts";
import { DEFAULT_ANGULAR_TOLERANCE, DEFAULT_TOLERANCE, tessellate } from "./mesh.ts";
import { filletEdges, shellSolid, subShapes } from "./operations.ts";
import { hollowClosed } from "./sweeps.ts";
import { writeStep } from "./step.ts";
import { withScope } from "./scope.ts";

/** The faces of `shape` whose centre lies at the largest z (the open top). */
function topFaces(shape: AnyShape): Face[] {
  const faces = subShapes(shape, "face") as Face[];
  const height = (face: Face) => face.boundingBox.center[2];
  const top = Math.max(...faces.map(height));
  return faces.filter((face) => height(face) === top);
}

/** A box with filleted vertical edges: the offset algorithm meets planes, cylinders and its own arcs. */
function roundedBlock(): AnyShape {
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

function sameEveryTime(make: () => AnyShape): void {
  const first = outputs(make);
  for (let round = 0; round < 4; round++) {
    disturbHeap(round);
    const again = outputs(make);
    assert.ok(again.step.equals(first.step), `STEP bytes differ after disturbing the heap (round ${round})`);
    assert.ok(again.positions.equals(first.positions) && again.indices.equals(first.indices), `mesh differs after disturbing the heap (round ${round})`);
  }
}

describe("canonicalFaceOrder", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives a shell opened at the top the same STEP bytes and mesh whatever the heap held before", () => {
    sameEveryTime(() => {
      const block = roundedBlock();
      return shellSolid(block, topFaces(block), 0.5, "arc");
    });
  });

  it("gives a plain box shelled open the same bytes too (the faces' own contents never differed, only their order)", () => {
    sameEveryTime(() => {
      const box = makeBaseBox(2, 2, 2) as AnyShape;
      return shellSolid(box, topFaces(box), 0.05, "arc");
    });
  });

  it("gives a solid hollowed outwards with no opening the same bytes", () => {
    sameEveryTime(() => hollowClosed(roundedBlock(), 0.5, "arc"));
  });
});
