import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertGeometry, assertPartforgeError } from "../helpers/geometry.ts";

const PI = Math.PI;

describe("Workplane primitives: box, cylinder, sphere", () => {
  before(async () => {
    await loadKernel();
  });

  describe("box", () => {
    it("is centred on the workplane origin by default, as in CadQuery", () =>
      withScope(() => {
        assertGeometry(Workplane("XY").box(10, 20, 30), {
          volume: 6000, // 10·20·30
          bbox: [[-5, -10, -15], [5, 10, 15]],
          faces: 6,
          edges: 12,
          vertices: 8,
        });
      }));

    it("puts its corner on the origin with centered: false", () =>
      withScope(() => {
        assertGeometry(Workplane().box(10, 20, 30, { centered: false }), { volume: 6000, bbox: [[0, 0, 0], [10, 20, 30]], faces: 6 });
      }));

    it("centres only the axes flagged true with centered: [false, true, false]", () =>
      withScope(() => {
        assertGeometry(Workplane().box(10, 20, 30, { centered: [false, true, false] }), {
          volume: 6000,
          bbox: [[0, -10, 0], [10, 10, 30]],
          faces: 6,
        });
      }));

    it("is laid out along the named plane's axes: on XZ, width runs along world z and height along −y", () =>
      withScope(() => {
        // XZ: x → world x, local y → world z, normal → world −y
        assertGeometry(Workplane("XZ").box(2, 4, 6), { volume: 48, bbox: [[-1, -3, -2], [1, 3, 2]], faces: 6 });
      }));

    it("starts at the Workplane's origin option", () =>
      withScope(() => {
        assertGeometry(Workplane("XY", { origin: [1, 2, 3] }).box(2, 2, 2), { volume: 8, bbox: [[0, 1, 2], [2, 3, 4]] });
      }));

    it("makes one box per stack point and fuses them with the solid in context", () =>
      withScope(() => {
        // Four 2×2×2 boxes centred on the top face's corners at (±3, ±3, 5): each adds its upper
        // half, 2·2·1 = 4, to the 10³ cube → 1000 + 16
        const part = Workplane().box(10, 10, 10).faces(">Z").workplane().rect(6, 6, { forConstruction: true }).vertices().box(2, 2, 2);
        assertGeometry(part, {
          volume: 1016,
          bbox: [[-5, -5, -5], [5, 5, 6]],
          faces: 26, // cube 6 + 4 bosses × (top + 4 sides)
          edges: 60, // cube 12 + 4 × (4 foot + 4 upright + 4 top)
          vertices: 40, // 8 + 4 × 8
        });
      }));

    it("fuses boxes made at several points into one compound of separate solids when there is no solid yet", () =>
      withScope(() => {
        assertGeometry(Workplane().pushPoints([[0, 0], [20, 0]]).box(2, 2, 2), {
          volume: 16, // 2 × 2³
          bbox: [[-1, -1, -1], [21, 1, 1]],
          faces: 12,
          solids: 2,
        });
      }));

    it("does not fuse with the solid in context when combine is false", () =>
      withScope(() => {
        const part = Workplane().box(10, 10, 10).faces(">Z").workplane().box(2, 2, 2, { combine: false });
        // only the new box, centred on the top face centre (0, 0, 5)
        assertGeometry(part, { volume: 8, bbox: [[-1, -1, 4], [1, 1, 6]], faces: 6 });
      }));

    it("leaves one solid per stack point with combine: false, as CadQuery does", () =>
      withScope(() => {
        const boxes = Workplane().pushPoints([[0, 0], [20, 0], [40, 0]]).box(1, 1, 1, { combine: false });
        assert.equal(boxes.size(), 3);
      }));

    it("rejects non-positive sizes naming the argument", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().box(0, 1, 1), "SCRIPT_EXCEPTION", /box/, /length must be greater than 0/);
        assertPartforgeError(() => Workplane().box(1, -2, 1), "SCRIPT_EXCEPTION", /width must be greater than 0; got -2/);
        assertPartforgeError(() => Workplane().box(1, 1, Number.NaN), "SCRIPT_EXCEPTION", /height must be a finite number/);
      }));

    it("rejects an unknown option key and suggests the right spelling", () =>
      withScope(() => {
        assertPartforgeError(
          () => Workplane().box(1, 1, 1, { centred: true } as never),
          "SCRIPT_EXCEPTION",
          /Workplane\.box\(length, width, height, centered=True, combine=True, clean=True\): unknown option "centred"/,
          /did you mean "centered"\?/,
        );
      }));

    it("rejects a centered array of the wrong length", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().box(1, 1, 1, { centered: [true, false] as never }), "SCRIPT_EXCEPTION", /centered must be/);
      }));
  });

  describe("cylinder", () => {
    it("is centred on the origin along the plane normal by default", () =>
      withScope(() => {
        assertGeometry(Workplane().cylinder(10, 2), {
          volume: 40 * PI, // π·2²·10
          bbox: [[-2, -2, -5], [2, 2, 5]],
          faces: 3, // two discs and the side
          edges: 3, // two circles and the seam
          vertices: 2,
        });
      }));

    it("stands its side and base on the origin with centered: false", () =>
      withScope(() => {
        assertGeometry(Workplane().cylinder(10, 2, { centered: false }), { volume: 40 * PI, bbox: [[0, 0, 0], [4, 4, 10]], faces: 3 });
      }));

    it("is a sector with angle", () =>
      withScope(() => {
        // a quarter: π·2²·10 / 4, between local angles 0° and 90°
        assertGeometry(Workplane().cylinder(10, 2, { angle: 90 }), { volume: 10 * PI, bbox: [[0, 0, -5], [2, 2, 5]], faces: 5 });
      }));

    it("runs along direct", () =>
      withScope(() => {
        assertGeometry(Workplane().cylinder(10, 2, { direct: [1, 0, 0] }), { volume: 40 * PI, bbox: [[-5, -2, -2], [5, 2, 2]], faces: 3 });
      }));

    it("with direct and centered: [false, true, true] offsets along the base frame's x before turning, as CadQuery", () =>
      withScope(() => {
        // CadQuery: offset (r, 0, −h/2) on a z cylinder, then moved to Plane(normal=(1,0,0)),
        // whose x is world +z → axis along x from −5 to 5, centred at z = r = 2
        assertGeometry(Workplane().cylinder(10, 2, { direct: [1, 0, 0], centered: [false, true, true] }), {
          volume: 40 * PI,
          bbox: [[-5, -2, 0], [5, 2, 4]],
        });
      }));

    it("makes one cylinder per stack point, fused with the solid in context", () =>
      withScope(() => {
        // two Ø2×4 pins centred on the top face at (±3, 0, 5): each adds its upper half, π·1²·2
        const part = Workplane().box(10, 10, 10).faces(">Z").workplane().pushPoints([[3, 0], [-3, 0]]).cylinder(4, 1);
        assertGeometry(part, { volume: 1000 + 4 * PI, bbox: [[-5, -5, -5], [5, 5, 7]], faces: 10 });
      }));

    it("rejects a non-positive radius or height", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().cylinder(10, 0), "SCRIPT_EXCEPTION", /cylinder: radius must be greater than 0/);
        assertPartforgeError(() => Workplane().cylinder(-1, 1), "SCRIPT_EXCEPTION", /cylinder: height must be greater than 0/);
      }));
  });

  describe("sphere", () => {
    it("is centred on the origin by default", () =>
      withScope(() => {
        assertGeometry(Workplane().sphere(3), { volume: 36 * PI, bbox: [[-3, -3, -3], [3, 3, 3]], faces: 1 }); // 4/3·π·3³
      }));

    it("sits in the positive octant with centered: false", () =>
      withScope(() => {
        assertGeometry(Workplane().sphere(3, { centered: false }), { volume: 36 * PI, bbox: [[0, 0, 0], [6, 6, 6]] });
      }));

    it("is the upper hemisphere with angle1: 0", () =>
      withScope(() => {
        assertGeometry(Workplane().sphere(3, { angle1: 0 }), { volume: 18 * PI, bbox: [[-3, -3, 0], [3, 3, 3]], faces: 2 });
      }));

    it("is a half sphere on the +y side with angle3: 180", () =>
      withScope(() => {
        assertGeometry(Workplane().sphere(3, { angle3: 180 }), { volume: 18 * PI, bbox: [[-3, 0, -3], [3, 3, 3]] });
      }));

    it("comes back cleaned, its two coplanar cut faces merged into one, as CadQuery's clean=True does", () =>
      withScope(() => {
        assertGeometry(Workplane().sphere(3, { angle3: 180 }), { volume: 18 * PI, faces: 2 });
      }));

    it("rejects a non-positive radius", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().sphere(-1), "SCRIPT_EXCEPTION", /sphere: radius must be greater than 0; got -1/);
      }));
  });

  describe("Workplane()", () => {
    it("rejects an unknown plane name listing the valid ones", () => {
      assertPartforgeError(() => Workplane("XW"), "SCRIPT_EXCEPTION", /unknown plane "XW"/, /XY, YZ, ZX, XZ/);
    });

    it("works with and without new", () => {
      const made = new Workplane("YZ");
      assert.deepEqual(made.plane.zDir.toTuple(), [1, 0, 0]);
      assert.deepEqual(Workplane("YZ").plane.xDir.toTuple(), [0, 1, 0]);
    });
  });
});
