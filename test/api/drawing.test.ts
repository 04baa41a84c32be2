import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError, assertPositions, shapeOf } from "../helpers/geometry.ts";

const PI = Math.PI;
const SQRT3 = Math.sqrt(3);
const TAN10 = Math.tan((10 * Math.PI) / 180);

describe("2D drawing, extrude and revolve", () => {
  before(async () => {
    await loadKernel();
  });

  describe("closed shapes and extrude", () => {
    it("extrudes a centred rect along the normal", () =>
      withScope(() => {
        assertGeometry(Workplane().rect(10, 20).extrude(5), {
          volume: 1000, // 10·20·5
          bbox: [[-5, -10, 0], [5, 10, 5]],
          faces: 6,
          edges: 12,
          vertices: 8,
        });
      }));

    it("puts the rect's corner on the point with centered: false, or per axis", () =>
      withScope(() => {
        assertGeometry(Workplane().rect(10, 20, { centered: false }).extrude(1), { volume: 200, bbox: [[0, 0, 0], [10, 20, 1]] });
        assertGeometry(Workplane().rect(10, 20, { centered: [true, false] }).extrude(1), { volume: 200, bbox: [[-5, 0, 0], [5, 20, 1]] });
      }));

    it("extrudes a circle into a cylinder", () =>
      withScope(() => {
        assertGeometry(Workplane().circle(3).extrude(4), { volume: 36 * PI, bbox: [[-3, -3, 0], [3, 3, 4]], faces: 3 }); // π·3²·4
      }));

    it("extrudes against the normal with a negative distance", () =>
      withScope(() => {
        assertGeometry(Workplane().rect(2, 2).extrude(-3), { volume: 12, bbox: [[-1, -1, -3], [1, 1, 0]] });
      }));

    it("extrudes the same distance both ways with both: true", () =>
      withScope(() => {
        assertGeometry(Workplane().rect(2, 2).extrude(3, { both: true }), { volume: 24, bbox: [[-1, -1, -3], [1, 1, 3]], faces: 6 }); // 2·2·(2·3)
      }));

    it("extrudes along the normal of a named plane", () =>
      withScope(() => {
        // XZ: normal −y, local y → world z
        assertGeometry(Workplane("XZ").rect(2, 4).extrude(3), { volume: 24, bbox: [[-1, -3, -2], [1, 0, 2]] });
      }));

    it("fuses the extrusion with the solid in context", () =>
      withScope(() => {
        const part = Workplane().box(10, 10, 10).faces(">Z").workplane().circle(2).extrude(3);
        // 10³ + π·2²·3
        assertGeometry(part, { volume: 1000 + 12 * PI, bbox: [[-5, -5, -5], [5, 5, 8]], faces: 8 });
      }));

    it("extrudes a face selected on the stack, fused with its solid", () =>
      withScope(() => {
        // the top face pulled up by 2: 10·10·(10 + 2)
        assertGeometry(Workplane().box(10, 10, 10).faces(">Z").extrude(2), { volume: 1200, bbox: [[-5, -5, -5], [5, 5, 7]], faces: 6 });
      }));

    it("keeps the extrusion apart with combine: false and cuts it with combine: \"s\"", () =>
      withScope(() => {
        const top = Workplane().box(10, 10, 10).faces(">Z").workplane();
        assertGeometry(top.rect(2, 2).extrude(3, { combine: false }), { volume: 12, bbox: [[-1, -1, 5], [1, 1, 8]] });
        assertGeometry(top.rect(2, 2).extrude(-3, { combine: "s" }), { volume: 1000 - 12, bbox: [[-5, -5, -5], [5, 5, 5]], faces: 11 });
      }));

    it("rejects a zero distance and a bad combine value", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().rect(1, 1).extrude(0), "SCRIPT_EXCEPTION", /extrude: distance must not be 0/);
        assertPartforgeError(() => Workplane().rect(1, 1).extrude(1, { combine: "x" as never }), "SCRIPT_EXCEPTION", /combine must be/);
      }));

    it("says to draw an outline first when there is nothing to extrude", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().extrude(1), "SCRIPT_EXCEPTION", /extrude: there is nothing to sweep/);
      }));
  });

  describe("nested wires", () => {
    it("makes a frame from a rect inside a rect", () =>
      withScope(() => {
        assertGeometry(Workplane().rect(10, 10).rect(5, 5).extrude(1), {
          volume: 75, // (10² − 5²)·1
          bbox: [[-5, -5, 0], [5, 5, 1]],
          faces: 10, // 4 outer + 4 inner sides + top + bottom
          edges: 24,
          vertices: 16,
        });
      }));

    it("makes a round hole from a circle inside a rect", () =>
      withScope(() => {
        assertGeometry(Workplane().rect(10, 10).circle(2).extrude(1), { volume: 100 - 4 * PI, bbox: [[-5, -5, 0], [5, 5, 1]], faces: 7 });
      }));

    it("gives back an island inside a hole as a second solid", () =>
      withScope(() => {
        // frame 10² − 6² = 64, plus the 2×2 island: 68
        assertGeometry(Workplane().rect(10, 10).rect(6, 6).rect(2, 2).extrude(1), {
          volume: 68,
          bbox: [[-5, -5, 0], [5, 5, 1]],
          faces: 16, // frame 10 + island 6
          solids: 2,
        });
      }));

    it("makes separate solids from disjoint outlines at several points", () =>
      withScope(() => {
        assertGeometry(Workplane().pushPoints([[-5, 0], [5, 0]]).circle(1).extrude(2), {
          volume: 4 * PI, // 2 × π·1²·2
          bbox: [[-6, -1, 0], [6, 1, 2]],
          solids: 2,
        });
      }));
  });

  describe("polygons", () => {
    it("inscribes a regular polygon in the circle of the diameter, first corner on local x", () =>
      withScope(() => {
        // hexagon of circumradius 5: area 3√3/2·5², corners at 0°, 60°, … → y reaches 5·sin 60°
        assertGeometry(Workplane().polygon(6, 10).extrude(1), {
          volume: 1.5 * SQRT3 * 25,
          bbox: [[-5, -2.5 * SQRT3, 0], [5, 2.5 * SQRT3, 1]],
          faces: 8,
          edges: 18,
          vertices: 12,
        });
      }));

    it("circumscribes the circle with circumscribed: true (the same area as CadQuery)", () =>
      withScope(() => {
        // apothem 5: area = 2√3·5²
        assertClose(shapeOf(Workplane().polygon(6, 10, { circumscribed: true }).extrude(1)).Volume(), 2 * SQRT3 * 25);
      }));

    it("turns a circumscribed polygon half a step so a flat faces local x, as CadQuery does", () =>
      withScope(() => {
        // CadQuery: corners at 30°, 90°, … of radius 5/cos 30° → flats at x = ±5, corners at y = ±5/cos 30°
        const R = 5 / Math.cos(PI / 6);
        assertGeometry(Workplane().polygon(6, 10, { circumscribed: true }).extrude(1), {
          volume: 2 * SQRT3 * 25,
          bbox: [[-5, -R, 0], [5, R, 1]],
        });
      }));

    it("rejects fewer than 3 sides", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().polygon(2, 10), "SCRIPT_EXCEPTION", /polygon: nSides must be at least 3/);
      }));
  });

  describe("lines, arcs and close()", () => {
    it("closes a polyline into a triangle", () =>
      withScope(() => {
        const part = Workplane().polyline([[0, 0], [4, 0], [4, 3]]).close().extrude(2);
        // ½·4·3·2
        assertGeometry(part, { volume: 12, bbox: [[0, 0, 0], [4, 3, 2]], faces: 5, edges: 9, vertices: 6 });
      }));

    it("draws an L with hLine, vLine, hLineTo, vLineTo and line, starting at the origin", () =>
      withScope(() => {
        // (0,0) → (4,0) → (4,1) → (1,1) → (1,3) → (0,3) → close: area 4·1 + 1·2
        const part = Workplane().hLine(4).vLine(1).hLineTo(1).vLineTo(3).line(-1, 0).close().extrude(1);
        assertGeometry(part, { volume: 6, bbox: [[0, 0, 0], [4, 3, 1]], faces: 8, edges: 18, vertices: 12 });
      }));

    it("starts drawing at moveTo and continues from move", () =>
      withScope(() => {
        // triangle (1,1) → (4,1) → (4,3): ½·3·2
        const part = Workplane().moveTo(1, 1).lineTo(4, 1).lineTo(4, 3).close().extrude(1);
        assertGeometry(part, { volume: 3, bbox: [[1, 1, 0], [4, 3, 1]], faces: 5 });
        assertPositions(Workplane().moveTo(1, 1).move(2, -1), [[3, 0, 0]]);
        assertGeometry(Workplane().moveTo(1, 1).move(2, 0).circle(1).extrude(1), { volume: PI, bbox: [[2, 0, 0], [4, 2, 1]] });
      }));

    it("draws a semicircle with threePointArc", () =>
      withScope(() => {
        // line (0,0)→(4,0), arc through (2,2) back to (0,0): half a disc of radius 2 → π·2²/2
        const part = Workplane().lineTo(4, 0).threePointArc([2, 2], [0, 0]).close().extrude(1);
        assertGeometry(part, { volume: 2 * PI, bbox: [[0, 0, 0], [4, 2, 1]], faces: 4, edges: 6, vertices: 4 });
      }));

    it("makes a wire from closed pending edges with wire()", () =>
      withScope(() => {
        const part = Workplane().polyline([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]).wire().extrude(1);
        assertGeometry(part, { volume: 4, bbox: [[0, 0, 0], [2, 2, 1]], faces: 6 });
      }));

    it("includes the current point with includeCurrent", () =>
      withScope(() => {
        const part = Workplane().moveTo(0, 0).polyline([[3, 0], [0, 3]], { includeCurrent: true }).close().extrude(1);
        assertGeometry(part, { volume: 4.5, bbox: [[0, 0, 0], [3, 3, 1]] }); // ½·3·3
      }));

    it("draws in the workplane's own coordinates on a face", () =>
      withScope(() => {
        // on >X the local x is world +y and local y world +z; a 2×2 square from local (0,0) to (2,2)
        const part = Workplane().box(10, 10, 10).faces(">X").workplane().polyline([[0, 0], [2, 0], [2, 2], [0, 2]]).close().extrude(1);
        assertGeometry(part, { volume: 1004, bbox: [[-5, -5, -5], [6, 5, 5]] });
        const boss = Workplane().box(10, 10, 10).faces(">X").workplane().polyline([[0, 0], [2, 0], [2, 2], [0, 2]]).close().extrude(1, { combine: false });
        assertGeometry(boss, { volume: 4, bbox: [[5, 0, 0], [6, 2, 2]] });
      }));

    it("makes construction geometry that is not extruded, until toPending()", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().rect(2, 2, { forConstruction: true }).extrude(1), "SCRIPT_EXCEPTION", /nothing to sweep/);
        assertGeometry(Workplane().rect(2, 2, { forConstruction: true }).toPending().extrude(1), { volume: 4, bbox: [[-1, -1, 0], [1, 1, 1]] });
      }));

    it("says there is nothing to close when nothing was drawn", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().close(), "SCRIPT_EXCEPTION", /close: there is nothing to close/);
        assertPartforgeError(() => Workplane().rect(1, 1).close(), "SCRIPT_EXCEPTION", /nothing to close/);
      }));

    it("refuses a zero-length line; wire() without edges changes nothing, as CadQuery", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().lineTo(0, 0), "SCRIPT_EXCEPTION", /a line needs two different points/);
        const closed = Workplane().hLine(1).vLine(1).close();
        assert.equal(closed.wire(), closed);
      }));
  });

  describe("curves, offsets and tapers: more CadQuery cases", () => {
    it("reproduces a parabola exactly with a clamped spline on explicit parameters", () =>
      withScope(() => {
        // points of y = x² at t = x with end tangents (1, 2x), unscaled: the cubic spline is the
        // parabola itself, so the region under it from 0 to 2 has area ∫₀² x² dx = 8/3
        const part = Workplane()
          .spline([[0, 0], [1, 1], [2, 4]], { tangents: [[1, 0], [1, 4]], parameters: [0, 1, 2], scale: false })
          .lineTo(2, 0)
          .close()
          .extrude(1);
        assertGeometry(part, { volume: 8 / 3, bbox: [[0, 0, 0], [2, 4, 1]], faces: 5 });
      }));

    it("offsets a circle outwards and inwards to concentric circles", () =>
      withScope(() => {
        assertGeometry(Workplane().circle(2).offset2D(1).extrude(1), { volume: 9 * PI, bbox: [[-3, -3, 0], [3, 3, 1]], faces: 3 });
        assertGeometry(Workplane().circle(2).offset2D(-1).extrude(1), { volume: PI, bbox: [[-1, -1, 0], [1, 1, 1]], faces: 3 });
      }));

    it("tapers outwards with a negative angle, downwards with a negative distance, and both ways", () =>
      withScope(() => {
        // frustum h/3·(A₁ + A₂ + √(A₁A₂)) of a 4×4 square whose sides move 2·tan 10° per side
        const grow = 4 + 4 * TAN10;
        const shrink = 4 - 4 * TAN10;
        const frustum = (top: number) => (2 / 3) * (16 + top * top + 4 * top);
        assertGeometry(Workplane().rect(4, 4).extrude(2, { taper: -10 }), { volume: frustum(grow), bbox: [[-grow / 2, -grow / 2, 0], [grow / 2, grow / 2, 2]], faces: 6 });
        assertGeometry(Workplane().rect(4, 4).extrude(-2, { taper: 10 }), { volume: frustum(shrink), bbox: [[-2, -2, -2], [2, 2, 0]], faces: 6 });
        assertGeometry(Workplane().rect(4, 4).extrude(2, { taper: 10, both: true }), { volume: 2 * frustum(shrink), bbox: [[-2, -2, -2], [2, 2, 2]], faces: 10 });
      }));

    it("lofts through three sections: two frustums of a square pyramid", () =>
      withScope(() => {
        // 4×4 → 2×2 → 4×4, 1 apart: 2 · 1/3·(16 + 4 + √64)
        const part = Workplane().rect(4, 4).workplane({ offset: 1 }).rect(2, 2).workplane({ offset: 1 }).rect(4, 4).loft({ ruled: true });
        assertGeometry(part, { volume: 56 / 3, bbox: [[-2, -2, 0], [2, 2, 2]], faces: 10 });
      }));

    it("places slots and ellipses at every stack point, turned with the polar array", () =>
      withScope(() => {
        // four 6×2 slots radial at radius 10: each 4·2 + π·1²; they reach 10 + 3 along the axes
        assertGeometry(Workplane().polarArray(10, 0, 360, 4).slot2D(6, 2).extrude(1), {
          volume: 4 * (8 + PI),
          bbox: [[-13, -13, 0], [13, 13, 1]],
          solids: 4,
        });
        assertGeometry(Workplane().pushPoints([[0, 0], [10, 0]]).ellipse(2, 1).extrude(1), { volume: 4 * PI, bbox: [[-2, -1, 0], [12, 1, 1]], solids: 2 });
      }));

    it("runs an ellipse arc clockwise with sense −1, and ends a tangent arc at an absolute point", () =>
      withScope(() => {
        // clockwise from the current point the upper half of the 2×1 ellipse lies to the right
        assertGeometry(Workplane().ellipseArc(2, 1, { angle1: 0, angle2: 180, sense: -1 }).close().extrude(1), { volume: PI, bbox: [[0, 0, 0], [4, 1, 1]] });
        // 4×4 square whose right side is a half disc of radius 2 bulging out to x = 6
        const part = Workplane().hLine(4).tangentArcPoint([4, 4], { relative: false }).hLineTo(0).close().extrude(1);
        assertGeometry(part, { volume: 16 + 2 * PI, bbox: [[0, 0, 0], [6, 4, 1]], faces: 6 });
      }));
  });

  describe("revolve", () => {
    it("revolves a full turn about the workplane's y axis by default", () =>
      withScope(() => {
        // 2×2 square centred at x = 4 → ring of mean radius 4: Pappus 2π·4·(2·2)
        const part = Workplane().pushPoints([[4, 0]]).rect(2, 2).revolve();
        assertGeometry(part, { volume: 32 * PI, bbox: [[-5, -1, -5], [5, 1, 5]], faces: 4 });
      }));

    it("revolves part of a turn: 90° gives a quarter of the volume", () =>
      withScope(() => {
        // a quarter of 32π; turning (x, 0, 0) about +y by 90° takes it to (0, 0, −x)
        const part = Workplane().pushPoints([[4, 0]]).rect(2, 2).revolve(90);
        assertGeometry(part, { volume: 8 * PI, bbox: [[0, -1, -5], [5, 1, 0]], faces: 6 });
      }));

    it("revolves about an axis given by axisStart and axisEnd in local coordinates", () =>
      withScope(() => {
        // square [0,2]×[0,2] about local x: cylinder of radius 2, length 2 → π·2²·2
        const part = Workplane().rect(2, 2, { centered: false }).revolve(360, { axisStart: [0, 0], axisEnd: [1, 0] });
        assertGeometry(part, { volume: 8 * PI, bbox: [[0, -2, -2], [2, 2, 2]], faces: 3 });
      }));

    it("revolves a circle into a torus and a half torus", () =>
      withScope(() => {
        // Pappus: 2π·R·πr² with R = 5, r = 1
        const torus = Workplane().pushPoints([[5, 0]]).circle(1).revolve();
        assertGeometry(torus, { volume: 10 * PI * PI, bbox: [[-6, -1, -6], [6, 1, 6]], faces: 1 });
        assertGeometry(Workplane().pushPoints([[5, 0]]).circle(1).revolve(180), { volume: 5 * PI * PI, bbox: [[-6, -1, -6], [6, 1, 0]], faces: 3 });
      }));

    it("rejects an axis of zero length", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().rect(1, 1).revolve(360, { axisStart: [1, 1], axisEnd: [1, 1] }), "SCRIPT_EXCEPTION", /revolve: axisStart and axisEnd must be different/);
      }));
  });
});
