import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Location, Workplane } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertGeometry, assertPartforgeError, assertPositions, assertTripleClose } from "../helpers/geometry.ts";

const PI = Math.PI;
const R45 = 10 * Math.SQRT1_2;

function frameXDir(item: unknown): [number, number, number] {
  assert.ok(item instanceof Location, "expected a Location on the stack");
  return item.frame.xDir.toTuple();
}

describe("points on the stack", () => {
  before(async () => {
    await loadKernel();
  });

  describe("pushPoints and moveTo", () => {
    it("pushes local points as world positions", () =>
      withScope(() => {
        assertPositions(Workplane().pushPoints([[1, 2], [3, 4, 5]]), [[1, 2, 0], [3, 4, 5]]);
        // XZ: local y is world z
        assertPositions(Workplane("XZ").pushPoints([[1, 2]]), [[1, 0, 2]]);
        assertPositions(Workplane().box(10, 10, 10).faces(">Z").workplane().pushPoints([[1, 2]]), [[1, 2, 5]]);
      }));

    it("keeps Locations as they are", () =>
      withScope(() => {
        const location = Workplane().pushPoints([[7, 8]]).val();
        assertPositions(Workplane("XZ").pushPoints([location as Location]), [[7, 8, 0]]);
      }));

    it("moves to a local point with moveTo", () =>
      withScope(() => {
        assertPositions(Workplane().moveTo(2, 3), [[2, 3, 0]]);
        assertPositions(Workplane("XZ").moveTo(2, 3), [[2, 0, 3]]);
        assertPositions(Workplane().moveTo(), [[0, 0, 0]]);
      }));

    it("rejects something that is not a list of points", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().pushPoints([[1]] as never), "SCRIPT_EXCEPTION", /Workplane\.pushPoints\(pntList\): pntList\[0\] must be a point \[x, y\] or \[x, y, z\] or a Vector or a Location; got an array of 1/);
        assertPartforgeError(() => Workplane().pushPoints("1,2" as never), "SCRIPT_EXCEPTION", /pushPoints\(pntList\): pntList must be an array of points or Locations; got "1,2"/);
      }));
  });

  describe("rarray", () => {
    it("centres the grid on the origin, x outer and y inner as CadQuery orders it", () =>
      withScope(() => {
        // x: −10, 0, 10; y: −2.5, 2.5
        assertPositions(Workplane().rarray(10, 5, 3, 2), [
          [-10, -2.5, 0],
          [-10, 2.5, 0],
          [0, -2.5, 0],
          [0, 2.5, 0],
          [10, -2.5, 0],
          [10, 2.5, 0],
        ]);
      }));

    it("starts at the origin with center: false, or per axis", () =>
      withScope(() => {
        assertPositions(Workplane().rarray(10, 5, 2, 2, { center: false }), [[0, 0, 0], [0, 5, 0], [10, 0, 0], [10, 5, 0]]);
        assertPositions(Workplane().rarray(10, 5, 2, 2, { center: [true, false] }), [[-5, 0, 0], [-5, 5, 0], [5, 0, 0], [5, 5, 0]]);
      }));

    it("lays the grid on the workplane of a face", () =>
      withScope(() => {
        // on >X: local x is world y, local y world z
        assertPositions(Workplane().box(10, 10, 10).faces(">X").workplane().rarray(4, 2, 2, 1), [[5, -2, 0], [5, 2, 0]]);
      }));

    it("places one solid per point: a grid of studs on a plate is one solid", () =>
      withScope(() => {
        // 20·10·2 plate + 2×1 studs of r 1, 1 high on its top: + 2·π·1²·1
        const part = Workplane().box(20, 10, 2).faces(">Z").workplane().rarray(10, 1, 2, 1).circle(1).extrude(1);
        assertGeometry(part, { volume: 400 + 2 * PI, bbox: [[-10, -5, -1], [10, 5, 2]], faces: 10, solids: 1 });
      }));

    it("rejects a count below 1", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().rarray(1, 1, 0, 2), "SCRIPT_EXCEPTION", /rarray: xCount must be a whole number of at least 1/);
      }));
  });

  describe("polarArray", () => {
    it("spreads count points evenly over a full circle, starting on local x", () =>
      withScope(() => {
        assertPositions(Workplane().polarArray(10, 0, 360, 4), [[10, 0, 0], [0, 10, 0], [-10, 0, 0], [0, -10, 0]]);
      }));

    it("includes both ends of a partial arc", () =>
      withScope(() => {
        assertPositions(Workplane().polarArray(10, 0, 90, 3), [[10, 0, 0], [R45, R45, 0], [0, 10, 0]]);
      }));

    it("steps by angle with fill: false, from startAngle", () =>
      withScope(() => {
        assertPositions(Workplane().polarArray(10, 45, 45, 3, { fill: false }), [[R45, R45, 0], [0, 10, 0], [-R45, R45, 0]]);
      }));

    it("turns each point's frame to face outwards, unless rotate: false", () =>
      withScope(() => {
        const turned = Workplane().polarArray(10, 0, 360, 4).vals();
        assertTripleClose(frameXDir(turned[1]), [0, 1, 0]);
        assertTripleClose(frameXDir(turned[2]), [-1, 0, 0]);
        const straight = Workplane().polarArray(10, 0, 360, 4, { rotate: false }).vals();
        assertTripleClose(frameXDir(straight[1]), [1, 0, 0]);
      }));

    it("lays radial boxes with rotate, and parallel ones without", () =>
      withScope(() => {
        // 4×1×1 boxes centred at radius 10: turned, each spans radius 8 to 12 → ±12 both ways
        assertGeometry(Workplane().polarArray(10, 0, 360, 4).box(4, 1, 1), { volume: 16, bbox: [[-12, -12, -0.5], [12, 12, 0.5]], solids: 4 });
        // not turned, the ones on the y axis lie along x: y reaches only 10 + 0.5
        assertGeometry(Workplane().polarArray(10, 0, 360, 4, { rotate: false }).box(4, 1, 1), {
          volume: 16,
          bbox: [[-12, -10.5, -0.5], [12, 10.5, 0.5]],
          solids: 4,
        });
      }));

    it("rejects a count below 1", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().polarArray(10, 0, 360, 0), "SCRIPT_EXCEPTION", /polarArray: count must be a whole number of at least 1/);
      }));
  });

  describe("center and transformed", () => {
    it("moves the workplane origin with center, and leaves the new origin on the stack", () =>
      withScope(() => {
        const moved = Workplane().center(2, 3);
        assertTripleClose(moved.plane.origin.toTuple(), [2, 3, 0]);
        assertPositions(moved, [[2, 3, 0]]);
        assertTripleClose(Workplane().center(1, 1).center(1, 1).plane.origin.toTuple(), [2, 2, 0]);
        assertGeometry(Workplane().center(2, 3).box(2, 2, 2), { volume: 8, bbox: [[1, 2, -1], [3, 4, 1]] });
      }));

    it("moves to a corner of the top face to put a boss there", () =>
      withScope(() => {
        // a Ø2×1 boss centred on the corner (−5, −5, 5), standing on the top face: 10³ + π·1²·1;
        // faces: the cube's 6, the boss's side and top, and the ¾ of its base that overhangs
        const part = Workplane().box(10, 10, 10).faces(">Z").workplane().center(-5, -5).circle(1).extrude(1);
        assertGeometry(part, { volume: 1000 + PI, bbox: [[-6, -6, -5], [5, 5, 6]], faces: 9 });
      }));

    it("offsets in local coordinates and rotates about the plane's own axes with transformed", () =>
      withScope(() => {
        const plane = Workplane().transformed({ offset: [0, 0, 5], rotate: [90, 0, 0] }).plane;
        assertTripleClose(plane.origin.toTuple(), [0, 0, 5]);
        assertTripleClose(plane.zDir.toTuple(), [0, -1, 0]);
        assertTripleClose(plane.xDir.toTuple(), [1, 0, 0]);
        // width along local y = world z, height along the normal = world −y
        assertGeometry(Workplane().transformed({ offset: [0, 0, 5], rotate: [90, 0, 0] }).box(2, 4, 6), {
          volume: 48,
          bbox: [[-1, -3, 3], [1, 3, 7]],
        });
        // on XZ, local (1, 2, 3) is world x·1 + z·2 − y·3
        assertTripleClose(Workplane("XZ").transformed({ offset: [1, 2, 3] }).plane.origin.toTuple(), [1, -3, 2]);
      }));

    it("applies the z rotation first, then y, then x, each about the original axes, as CadQuery's Plane.rotated", () =>
      withScope(() => {
        // Rz(90): x → y; then Rx(90) about the original x: y → z, z → −y
        const plane = Workplane().transformed({ rotate: [90, 0, 90] }).plane;
        assertTripleClose(plane.xDir.toTuple(), [0, 0, 1]);
        assertTripleClose(plane.zDir.toTuple(), [0, -1, 0]);
      }));

    it("turns a box with the plane: 45° about z", () =>
      withScope(() => {
        // half extents of a 10×1 rectangle turned 45°: (5 + 0.5)·cos 45°
        const half = 5.5 * Math.SQRT1_2;
        assertGeometry(Workplane().transformed({ rotate: [0, 0, 45] }).box(10, 1, 1), { volume: 10, bbox: [[-half, -half, -0.5], [half, half, 0.5]] });
      }));

    it("rejects unknown options", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().transformed({ rotation: [0, 0, 1] } as never), "SCRIPT_EXCEPTION", /did you mean "rotate"/);
      }));
  });
});
