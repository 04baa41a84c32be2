/**
 * Geometry tests for the curved drawing methods, lofts, sweeps, tapered and twisted extrusions,
 * offsets, splits and sections, against hand-worked volumes and bounding boxes.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, isShape, type Shape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError, shapeOf } from "../helpers/geometry.ts";

const PI = Math.PI;
const tan = (deg: number) => Math.tan((deg * PI) / 180);

describe("curves, sweeps and cuts", () => {
  before(async () => {
    await loadKernel();
  });

  describe("curved drawing", () => {
    it("interpolates a spline through the points and closes it", () =>
      withScope(() => {
        const part = Workplane().spline([[0, 0], [1, 1], [2, 0]]).close().extrude(1);
        assertGeometry(part, { volume: 4 / 3, bbox: [[0, 0, 0], [2, 1, 1]], faces: 4, relTol: 1e-3 });
      }));

    it("draws an ellipse with either radius the larger one", () =>
      withScope(() => {
        assertGeometry(Workplane().ellipse(4, 2).extrude(1), { volume: 8 * PI, bbox: [[-4, -2, 0], [4, 2, 1]], faces: 3 }); // π·4·2·1
        assertGeometry(Workplane().ellipse(2, 4).extrude(1), { volume: 8 * PI, bbox: [[-2, -4, 0], [2, 4, 1]], faces: 3 });
      }));

    it("starts an ellipse arc at the current point", () =>
      withScope(() => {
        // the upper half of a 2×1 ellipse centred 2 to the left of the origin: π·2·1/2
        const part = Workplane().moveTo(0, 0).ellipseArc(2, 1, { angle1: 0, angle2: 180 }).close().extrude(1);
        assertGeometry(part, { volume: PI, bbox: [[-4, 0, 0], [0, 1, 1]] });
      }));

    it("draws a slot: a rectangle with two half discs", () =>
      withScope(() => {
        assertGeometry(Workplane().slot2D(10, 4).extrude(1), { volume: 24 + 4 * PI, bbox: [[-5, -2, 0], [5, 2, 1]], faces: 6 }); // 6·4 + π·2²
        assertGeometry(Workplane().slot2D(10, 4, 90).extrude(1), { volume: 24 + 4 * PI, bbox: [[-2, -5, 0], [2, 5, 1]] });
      }));

    it("bulges sagitta and radius arcs to the left of the chord for positive values", () =>
      withScope(() => {
        // chord (2,0)→(0,0) with a sag of 1: a half disc of radius 1 below the x axis
        assertGeometry(Workplane().lineTo(2, 0).sagittaArc([0, 0], 1).close().extrude(1), { volume: PI / 2, bbox: [[0, -1, 0], [2, 0, 1]] });
        assertGeometry(Workplane().lineTo(2, 0).radiusArc([0, 0], 1).close().extrude(1), { volume: PI / 2, bbox: [[0, -1, 0], [2, 0, 1]] });
        assertGeometry(Workplane().lineTo(2, 0).radiusArc([0, 0], -1).close().extrude(1), { volume: PI / 2, bbox: [[0, 0, 0], [2, 1, 1]] });
        assertPartforgeError(() => Workplane().lineTo(4, 0).radiusArc([0, 0], 1), "SCRIPT_EXCEPTION", /not large enough/);
      }));

    it("continues tangentially with tangentArcPoint", () =>
      withScope(() => {
        // triangle (0,0),(2,0),(2,2) plus a half disc of radius 1 centred at (2,1)
        assertGeometry(Workplane().lineTo(2, 0).tangentArcPoint([0, 2]).close().extrude(1), { volume: 2 + PI / 2, bbox: [[0, 0, 0], [3, 2, 1]] });
        assertPartforgeError(() => Workplane().tangentArcPoint([1, 1]), "SCRIPT_EXCEPTION", /needs an edge drawn just before/);
      }));

    it("draws polar lines from the current point and from the origin", () =>
      withScope(() => {
        const part = Workplane().polarLine(2, 0).polarLineTo(2, 90).close().extrude(1);
        assertGeometry(part, { volume: 2, bbox: [[0, 0, 0], [2, 2, 1]] }); // right triangle 2·2/2
      }));

    it("draws parametric curves and Bézier curves", () =>
      withScope(() => {
        const circle = Workplane().parametricCurve((t) => [Math.cos(2 * PI * t), Math.sin(2 * PI * t)]).extrude(1);
        assertGeometry(circle, { volume: PI, bbox: [[-1, -1, 0], [1, 1, 1]], relTol: 1e-5 });
        // quadratic Bézier (0,0),(1,2),(2,0) closed by the chord: 2/3 of the control triangle (2)
        assertGeometry(Workplane().bezier([[0, 0], [1, 2], [2, 0]]).close().extrude(1), { volume: 4 / 3, bbox: [[0, 0, 0], [2, 1, 1]] });
        const approx = Workplane().splineApprox([[0, 0], [1, 1], [2, 0], [3, 1]]);
        assert.equal(shapeOf(approx).kind, "edge");
      }));

    it("mirrors a half outline about the local y or x axis and joins the halves", () =>
      withScope(() => {
        // CadQuery's mirrorY example: 2 × (1·0.25 + 0.25·0.25) × 0.25
        const half = Workplane("front").hLine(1).vLine(0.5).hLine(-0.25).vLine(-0.25).hLineTo(0);
        assertGeometry(half.mirrorY().extrude(0.25), { volume: 0.15625, bbox: [[-1, 0, 0], [1, 0.5, 0.25]] });
        const lower = Workplane().vLine(1).hLine(0.5).vLineTo(0);
        assertGeometry(lower.mirrorX().extrude(1), { volume: 1, bbox: [[0, -1, 0], [0.5, 1, 1]] });
      }));

    it("offsets closed outlines outwards with arcs or sharp corners, and inwards", () =>
      withScope(() => {
        assertGeometry(Workplane().rect(4, 2).offset2D(1).extrude(1), { volume: 8 + 12 + PI, bbox: [[-3, -2, 0], [3, 2, 1]], faces: 10 });
        assertGeometry(Workplane().rect(4, 2).offset2D(1, { kind: "intersection" }).extrude(1), { volume: 24, faces: 6 });
        assertGeometry(Workplane().rect(4, 2).offset2D(-0.5).extrude(1), { volume: 3, bbox: [[-1.5, -0.5, 0], [1.5, 0.5, 1]] });
        assertGeometry(Workplane().circle(1).offset2D(-0.1).extrude(1), { volume: 0.81 * PI });
        assert.equal(Workplane().rect(1, 1).offset2D(-0.5).size(), 0, "an offset that closes the outline leaves nothing");
      }));

    it("consolidates drawn edges into one wire", () =>
      withScope(() => {
        const wp = Workplane().lineTo(0, 1).lineTo(1, 1).consolidateWires();
        assert.equal(wp.size(), 1);
        assert.equal(shapeOf(wp).kind, "wire");
        assert.equal(Workplane().consolidateWires().size(), 0);
      }));
  });

  describe("3D from profiles", () => {
    it("tapers an extrusion inwards or outwards, keeping the height", () =>
      withScope(() => {
        // frustum of a square pyramid: h/3·(A1 + A2 + √(A1·A2))
        const frustum = (bottom: number, top: number, h: number) => (h / 3) * (bottom ** 2 + top ** 2 + bottom * top);
        const top = 100 - 200 * tan(20);
        assertGeometry(Workplane().rect(100, 100).extrude(100, { taper: 20 }), { volume: frustum(100, top, 100), bbox: [[-50, -50, 0], [50, 50, 100]], faces: 6 });
        const wide = 100 + 200 * tan(20);
        assertGeometry(Workplane().rect(100, 100).extrude(100, { taper: -20 }), { volume: frustum(100, wide, 100), bbox: [[-wide / 2, -wide / 2, 0], [wide / 2, wide / 2, 100]] });
        const r2 = 1 - tan(5);
        assertGeometry(Workplane().circle(1).extrude(1, { taper: 5 }), { volume: (PI / 3) * (1 + r2 * r2 + r2) });
        assertPartforgeError(() => Workplane().rect(2, 2).rect(1, 1).extrude(2, { taper: 4 }), "SCRIPT_EXCEPTION", /cannot have holes/);
      }));

    it("fuses the halves of a tapered extrusion both ways with glue and no clean, as CadQuery's _extrude does", () =>
      withScope(() => {
        // A square whose bottom side is two collinear edges: each half has 5 sides and the 2 ends
        // cancel, so 2 × 5 sides + 2 ends; a cleaning fuse merged the collinear sides' faces (10).
        const square = () => Workplane().polyline([[0, 0], [1, 0], [2, 0], [2, 2], [0, 2]]).close();
        const a = 2 - 2 * tan(5);
        const halves = 2 * (1 / 3) * (4 + a * a + 2 * a); // two frustums of height 1
        assertGeometry(square().extrude(1, { both: true, taper: 5, clean: false }), { volume: halves, faces: 12 });
        assertGeometry(square().extrude(1, { both: true, taper: 5 }), { volume: halves, faces: 10 });
      }));

    it("fuses the halves of a straight extrusion both ways with glue and no clean, as CadQuery's _extrude does", () =>
      withScope(() => {
        // Each half's 4 sides stay split where the halves meet and the 2 inner ends cancel:
        // 2 × 4 sides + 2 ends uncleaned; one prism of twice the length had 6 either way.
        assertGeometry(Workplane().rect(3, 2).extrude(1, { both: true, clean: false }), { volume: 12, bbox: [[-1.5, -1, -1], [1.5, 1, 1]], faces: 10 });
        assertGeometry(Workplane().rect(3, 2).extrude(1, { both: true }), { volume: 12, bbox: [[-1.5, -1, -1], [1.5, 1, 1]], faces: 6 });
        // A negative distance: the same solid (CadQuery's halves swap).
        assertGeometry(Workplane().circle(1).extrude(-2, { both: true, clean: false }), { volume: 4 * PI, bbox: [[-1, -1, -2], [1, 1, 2]], faces: 4 });
        assertGeometry(Workplane().circle(1).extrude(-2, { both: true }), { volume: 4 * PI, faces: 3 });
        // cutBlind both ways cuts with the same fused tool; combine=False keeps it apart, cleaned.
        const pocket = Workplane().box(4, 4, 4).faces(">Z").workplane({ offset: -1 }).rect(1, 1);
        assertGeometry(pocket.cutBlind(1, { both: true }), { volume: 64 - 2, faces: 11 });
        assertGeometry(Workplane().rect(1, 1).extrude(1, { both: true, combine: false }), { volume: 2, faces: 6 });
        assertPartforgeError(() => Workplane().rect(1, 1).extrude(1, { both: "yes" as never }), "SCRIPT_EXCEPTION", /both/);
      }));

    it("cuts up to the last face, and says when 'next' from a face on the solid has no second face (CadQuery's IndexError)", () =>
      withScope(() => {
        const top = Workplane().box(10, 10, 10).faces("<Z").workplane().circle(1);
        assertClose(shapeOf(top.cutBlind("last")).Volume(), 1000 - Math.PI * 10, 1e-9);
        assertPartforgeError(() => top.extrude("next"), "SCRIPT_EXCEPTION", /extrude: until="next": the line through the outline's centre crosses 1 face\(s\) of the solid/);
      }));

    it("cuts a tapered pocket with cutBlind", () =>
      withScope(() => {
        const bottom = 1 - 2 * tan(5);
        const pocket = (1 / 3) * (1 + bottom ** 2 + bottom);
        const part = Workplane().rect(2, 2).extrude(2).faces(">Z").workplane().rect(1, 1).cutBlind(-1, { taper: 5 });
        assertGeometry(part, { volume: 8 - pocket, bbox: [[-1, -1, 0], [1, 1, 2]] });
      }));

    it("lofts between sections, ruled or smooth", () =>
      withScope(() => {
        // ruled square frustum 2→1 over 1: (4 + 1 + 2)/3
        assertGeometry(Workplane().rect(2, 2).workplane({ offset: 1 }).rect(1, 1).loft({ ruled: true }), { volume: 7 / 3, faces: 6 });
        const smooth = Workplane().rect(4, 4).workplane({ offset: 3 }).circle(1).loft();
        assertGeometry(smooth, { volume: solidOfVolume(smooth), bbox: [[-2, -2, 0], [2, 2, 3]], faces: 7 });
        assertPartforgeError(() => Workplane().rect(1, 1).loft(), "SCRIPT_EXCEPTION", /more than one wire/);
      }));

    it("sweeps a circle along a straight and a curved path", () =>
      withScope(() => {
        assertGeometry(Workplane().circle(1).sweep(Workplane("XZ").lineTo(0, 10)), { volume: 10 * PI, bbox: [[-1, -1, 0], [1, 1, 10]], faces: 3 });
        // a quarter turn of radius 10 starting along z: a quarter torus, π·1² × (2π·10/4) (Pappus)
        const arc = Workplane("XZ").threePointArc([10 - 10 * Math.SQRT1_2, 10 * Math.SQRT1_2], [10, 10]);
        assertGeometry(Workplane().circle(1).sweep(arc), { volume: 5 * PI * PI, bbox: [[-1, -1, 0], [10, 1, 11]], relTol: 1e-6 });
        const curved = Workplane().circle(1).sweep(Workplane("XZ").spline([[0, 0], [2, 5], [0, 10]]), { transition: "round" });
        assert.ok(shapeOf(curved).isValid() && shapeOf(curved).Volume() > 0);
        const multi = Workplane().rect(2, 2).workplane({ offset: 5 }).circle(1).sweep(Workplane("XZ").lineTo(0, 5), { multisection: true });
        assert.ok(shapeOf(multi).isValid());
      }));

    it("twists an extrusion without changing its volume", () =>
      withScope(() => {
        const twisted = Workplane().rect(10, 10).twistExtrude(10, 45);
        const r = Math.SQRT2 * 5;
        assertGeometry(twisted, { volume: 1000, bbox: [[-r, -r, 0], [r, r, 10]], faces: 6, relTol: 1e-5 });
      }));

    it("fills a surface through a boundary and a point, thickened", () =>
      withScope(() => {
        const plate = Workplane().interpPlate([[0, 0, 0], [10, 0, 0], [10, 10, 0], [0, 10, 0]], [[5, 5, 2]], { thickness: 0.5 });
        const solid = shapeOf(plate);
        assert.ok(solid.Volume() > 50 - 1e-6, `a 10×10 plate 0.5 thick bulging up holds at least 50; got ${solid.Volume()}`);
        assert.ok(solid.BoundingBox().zmax > 2, "the surface passes through the raised point");
      }));
  });

  describe("wedge", () => {
    it("makes a pyramid when the far face shrinks to a point, and a prismatoid otherwise", () =>
      withScope(() => {
        // square pyramid 10×10 base, 10 high: 1000/3
        assertGeometry(Workplane().wedge(10, 10, 10, 5, 5, 5, 5), { volume: 1000 / 3, bbox: [[-5, -5, -5], [5, 5, 5]], faces: 5, vertices: 5 });
        // prismatoid h/6·(A₀ + 4·A_mid + A₁): base 10×12, top 6×8, mid-section 8×10, h = 11
        assertGeometry(Workplane().wedge(10, 11, 12, 2, 2, 8, 10, { centered: false }), { volume: (11 / 6) * (120 + 4 * 80 + 48), bbox: [[0, 0, 0], [10, 11, 12]], faces: 6 });
        assertPartforgeError(() => Workplane().wedge(1, 1, 1, 1, 1, 0, 0), "SCRIPT_EXCEPTION", /must not be less than/);
      }));
  });

  describe("text", () => {
    it("extrudes a glyph of the bundled font: the letter I is a centred rectangle", () =>
      withScope(() => {
        const letter = shapeOf(Workplane().text("I", 10, 2, { combine: false }));
        const box = letter.BoundingBox();
        // DejaVu Sans' I is a plain bar: its volume is its footprint times the distance
        assertClose(letter.Volume(), box.xlen * box.ylen * 2, 1e-9, "volume of the bar");
        assertClose(box.center.x, 0, 1e-9, "centred in x");
        assertClose(box.center.y, 0, 1e-9, "centred in y");
        assertClose(box.ylen, 7.29, 1e-2, "cap height 0.729 em at 10");
      }));

    it("engraves by default and refuses a font file", () =>
      withScope(() => {
        const plate = Workplane().box(30, 10, 2);
        const engraved = plate.faces(">Z").workplane().text("A", 6, -0.5);
        assert.ok(shapeOf(engraved).Volume() < 600 && shapeOf(engraved).Volume() > 590);
        assertPartforgeError(() => plate.faces(">Z").workplane().text("A", 6, -0.5, { fontPath: "/etc/passwd" }), "NOT_SUPPORTED", /fontPath/);
      }));
  });

  describe("cutting the solid", () => {
    it("splits by the workplane, keeping the top, the bottom or both", () =>
      withScope(() => {
        const atMiddle = Workplane().box(2, 2, 2).faces(">Y").workplane({ offset: -1 });
        assertGeometry(shapeOf(atMiddle.split({ keepTop: true })), { volume: 4, bbox: [[-1, 0, -1], [1, 1, 1]] });
        assertGeometry(shapeOf(atMiddle.split({ keepBottom: true })), { volume: 4, bbox: [[-1, -1, -1], [1, 0, 1]] });
        assert.equal(atMiddle.split({ keepTop: true, keepBottom: true }).size(), 2);
        assertPartforgeError(() => atMiddle.split({}), "SCRIPT_EXCEPTION", /keep at least one half/);
      }));

    it("splits by another shape into pieces", () =>
      withScope(() => {
        const cutter = Workplane().rect(10, 10).extrude(0.001).translate([0, 0, 0.5]).faces("<Z");
        const pieces = shapeOf(Workplane().box(2, 2, 2).split(cutter));
        assert.equal(pieces.Solids().length, 2);
        assertClose(pieces.Volume(), 8, 1e-9, "volume is kept");
      }));

    it("takes a cross-section at a height", () =>
      withScope(() => {
        const cut = shapeOf(Workplane().box(2, 4, 6).section(1));
        assert.equal(cut.Faces().length, 1);
        assertClose(cut.Area(), 8, 1e-9, "section area 2·4");
        assertClose(cut.BoundingBox().zmin, 1, 1e-9, "section height");
      }));

    it("cuts a shape made at each point with cutEach", () =>
      withScope(() => {
        const plate = Workplane().box(10, 10, 1).faces(">Z").workplane().rarray(4, 4, 2, 2);
        const tool = Workplane().box(1, 1, 4).val() as Shape;
        const cut = plate.cutEach((location) => {
          const [x, y, z] = location.toTuple();
          return Workplane().box(1, 1, 4).translate([x, y, z]).val() as Shape;
        });
        assert.ok(isShape(tool));
        assertGeometry(cut, { volume: 100 - 4, bbox: [[-5, -5, -0.5], [5, 5, 0.5]] });
      }));

    it("rotates each shape about its own centre", () =>
      withScope(() => {
        const rotated = Workplane().pushPoints([[5, 0]]).box(2, 4, 1).rotateAboutCenter([0, 0, 1], 90);
        assertGeometry(rotated, { volume: 8, bbox: [[3, -1, -0.5], [7, 1, 0.5]] });
      }));
  });
});

function solidOfVolume(wp: ReturnType<typeof Workplane>): number {
  const v = shapeOf(wp).Volume();
  // a smooth loft from a 4×4 square to a unit circle: between the ruled bounds π·3 and 48
  assert.ok(v > 3 * PI && v < 48, `smooth loft volume ${v}`);
  return v;
}
