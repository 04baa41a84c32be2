/** Sketch placed on workplanes: hand-worked volumes of extruded and cut sketches. */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Sketch, Workplane } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertGeometry, assertPartforgeError } from "../helpers/geometry.ts";

const PI = Math.PI;

describe("Sketch on a Workplane", () => {
  before(async () => {
    await loadKernel();
  });

  it("extrudes a placed sketch: a 10×6 plate with a hole, corners rounded by 1", () =>
    withScope(() => {
      const plate = Sketch().rect(10, 6).vertices().fillet(1).reset().circle(1, { mode: "s" });
      // 10·6 − (4 − π)·1² for the four rounded corners − π·1² for the hole, times 2
      assertGeometry(Workplane().placeSketch(plate).extrude(2), { volume: (60 - (4 - PI) - PI) * 2, bbox: [[-5, -3, 0], [5, 3, 2]] });
    }));

  it("places a sketch at every stack point and on a face's workplane", () =>
    withScope(() => {
      const discs = Workplane().pushPoints([[0, 0], [5, 0]]).placeSketch(Sketch().circle(1)).extrude(1);
      assertGeometry(discs, { volume: 2 * PI, solids: 2 });
      const pocket = Workplane().box(10, 10, 4).faces(">Z").workplane().placeSketch(Sketch().rect(2, 2)).cutBlind(-1);
      assertGeometry(pocket, { volume: 400 - 4, bbox: [[-5, -5, -2], [5, 5, 2]] });
    }));

  it("starts a sketch on the workplane with sketch() and comes back with finalize()", () =>
    withScope(() => {
      const back = Workplane().box(10, 10, 2).faces(">Z").workplane().sketch().slot(4, 2).finalize() as ReturnType<typeof Workplane>;
      // slot: 4·2 + π·1²
      assertGeometry(back.cutBlind(-1), { volume: 200 - (8 + PI), bbox: [[-5, -5, -1], [5, 5, 1]] });
      assert.equal(Sketch().rect(1, 1).moved([0, 0, 3]).facesShape()?.Center().z, 3);
    }));

  it("refuses what is not a sketch", () =>
    withScope(() => {
      assertPartforgeError(() => Workplane().placeSketch({} as never), "SCRIPT_EXCEPTION", /placeSketch\(\*sketches\): sketches\[0\] must be a Sketch; got an object/);
    }));
});
