import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox, makeCylinder, type AnyShape } from "replicad";
import { roundedBlock, sameEveryTime } from "../../test/helpers/heapDisturbance.ts";
import { boxWithHole } from "../../test/helpers/shapes.ts";
import { kernel, loadKernel } from "./load.ts";
import { volumeOf } from "./measure.ts";
import { subShapes } from "./operations.ts";
import { withScope } from "./scope.ts";
import { hollowClosed } from "./sweeps.ts";

// Offsetting inwards, OCCT intersects the offset faces pairwise in an address-dependent order:
// before canonicalEdges the same build gave other STEP bytes and mesh after other work.
describe("canonicalEdges", () => {
  before(async () => {
    await loadKernel();
  });

  it("gives a box hollowed inwards with no opening the same STEP bytes and mesh whatever the heap held before", () => {
    sameEveryTime(() => hollowClosed(makeBaseBox(2, 2, 2) as AnyShape, -0.05, "arc"));
  });

  it("gives a filleted block hollowed inwards (lines and arcs) the same bytes", () => {
    sameEveryTime(() => hollowClosed(roundedBlock(), -0.5, "arc"));
  });

  it("gives a cylinder hollowed either way, and a box hollowed outwards, the same bytes", () => {
    sameEveryTime(() => hollowClosed(makeCylinder(5, 10) as AnyShape, -0.5, "arc"));
    sameEveryTime(() => hollowClosed(makeCylinder(5, 10) as AnyShape, 0.5, "arc"));
    sameEveryTime(() => hollowClosed(makeBaseBox(2, 2, 2) as AnyShape, 0.05, "arc"));
  });

  it("leaves the same valid solid: volume and faces of the wall", () => {
    withScope(() => {
      const oc = kernel();
      const hollow = hollowClosed(makeBaseBox(2, 2, 2) as AnyShape, -0.05, "arc");
      assert.ok(Math.abs(volumeOf(hollow) - (8 - 1.9 ** 3)) < 1e-9);
      assert.equal(subShapes(hollow, "face").length, 12);
      const block = hollowClosed(roundedBlock(), -0.5, "arc");
      assert.equal(subShapes(block, "face").length, 20);
      // One face of this offset comes placed (a location of its own): its edges are matched in the shell's frame.
      const bored = hollowClosed(boxWithHole(), -0.5, "intersection");
      assert.ok(Math.abs(volumeOf(bored) / 1500.900437 - 1) < 1e-6, `volume ${volumeOf(bored)}`);
      for (const shape of [hollow, block, bored]) {
        const analyzer = new oc.BRepCheck_Analyzer(shape.wrapped, true, false);
        try {
          assert.ok(analyzer.IsValid(), "the hollow is not a valid solid");
        } finally {
          analyzer.delete();
        }
      }
    });
  });
});
