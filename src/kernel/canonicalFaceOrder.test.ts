import { before, describe, it } from "node:test";
import { makeBaseBox, type AnyShape, type Face } from "replicad";
import { roundedBlock, sameEveryTime } from "../../test/helpers/heapDisturbance.ts";
import { loadKernel } from "./load.ts";
import { shellSolid, subShapes } from "./operations.ts";
import { hollowClosed } from "./sweeps.ts";

/** The faces of `shape` whose centre lies at the largest z (the open top). */
function topFaces(shape: AnyShape): Face[] {
  const faces = subShapes(shape, "face") as Face[];
  const height = (face: Face) => face.boundingBox.center[2];
  const top = Math.max(...faces.map(height));
  return faces.filter((face) => height(face) === top);
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
