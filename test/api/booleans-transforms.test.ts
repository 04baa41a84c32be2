import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, type Shape } from "../../src/api/index.ts";
import { unwrapShape } from "../../src/api/shape.ts";
import { kernelRun, loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError, assertPositions, assertTripleClose, solidOf } from "../helpers/geometry.ts";

const PI = Math.PI;

describe("booleans and transforms", () => {
  before(async () => {
    await loadKernel();
  });

  describe("union, cut, intersect", () => {
    it("unions with another Workplane and cleans the shared faces away", () =>
      withScope(() => {
        // two 2³ cubes overlapping by 1 along x: a 3×2×2 block
        const part = Workplane().box(2, 2, 2).union(Workplane().box(2, 2, 2).translate([1, 0, 0]));
        assertGeometry(part, { volume: 12, bbox: [[-1, -1, -1], [2, 1, 1]], faces: 6, edges: 12, vertices: 8 });
      }));

    it("keeps the split faces with clean: false, and clean() merges them afterwards", () =>
      withScope(() => {
        const raw = Workplane().box(2, 2, 2).union(Workplane().box(2, 2, 2).translate([1, 0, 0]), { clean: false });
        const rawFaces = solidOf(raw).Faces().length;
        assert.ok(rawFaces > 6, `an uncleaned fuse keeps split faces (found ${rawFaces})`);
        assertGeometry(raw, { volume: 12 });
        assertGeometry(raw.clean(), { volume: 12, bbox: [[-1, -1, -1], [2, 1, 1]], faces: 6, edges: 12, vertices: 8 });
      }));

    it("cleans as CadQuery's clean() does: faces 1e-4 rad apart stay apart, coplanar ones merge", () =>
      withScope(() => {
        // a 10×10×1 slab and a ramp beside it whose top rises 1e-4 rad from the slab's top, from their
        // shared edge at x = 10: CadQuery's unifier (angular tolerance 1e-12) merges the coplanar
        // bottoms and sides but keeps the two tops apart (SimplifyResult at 1e-3 merged them: 6 faces)
        const rise = 10 * Math.tan(1e-4);
        const ramp = Workplane("XZ").polyline([[10, 0], [20, 0], [20, 1 + rise], [10, 1]]).close().extrude(-10);
        const part = Workplane().box(10, 10, 1, { centered: false }).union(ramp);
        assertGeometry(part, { volume: 200 + 50 * rise, faces: 7 });
      }));

    it("does not clean after a chamfer or a split, as CadQuery does not", () =>
      withScope(() => {
        // the split faces an uncleaned union leaves (the four sides along x in three pieces each: 14
        // faces) are still there after a chamfer, and after cutting the block in half at z = 0 (the
        // bottom half: 3 + 2·3 pieces, the two ends and the cut face); cleaned, they were 7 and 6
        const raw = Workplane().box(2, 2, 2).union(Workplane().box(2, 2, 2).translate([1, 0, 0]), { clean: false });
        const rawFaces = solidOf(raw).Faces().length;
        assert.equal(rawFaces, 14);
        assertGeometry(raw.edges("|Z").edges("<X").edges(">Y").chamfer(0.1), { volume: 12 - 0.01, faces: rawFaces + 1 });
        assertGeometry(raw.faces(">Z").workplane({ offset: -1 }).split({ keepBottom: true }), { volume: 6, faces: 12 });
      }));

    it("splits with CadQuery's boxes, rect(10 diagonals) extruded about the workplane's origin, when they reach the solid", () =>
      withScope(() => {
        // CadQuery's split cuts with rect(maxDim, maxDim)._extrude(±maxDim): the cut face lies on the
        // rect's face, whose plane OCCT fits through the square's corners (its location is their
        // centre, (0, 0, 0.2), as FreeCAD's Part.Face(makePolygon(...)) puts it), not on a
        // BRepPrimAPI_MakeBox face (located at the box's corner, (−5, −5)·diagonal).
        const wp = Workplane().box(1, 1, 1).workplane({ offset: 0.2 });
        const cut = wp.split({ keepBottom: true }).faces(">Z").val() as Shape;
        const location = kernelRun("plane", (oc, keep) => keep(new oc.BRepAdaptor_Surface(unwrapShape(cut).wrapped, true)).Plane().Location());
        assertTripleClose([location.X(), location.Y(), location.Z()], [0, 0, 0.2], 1e-9);
        // The rect is made at each stack location, as CadQuery's is: with the solid on the stack,
        // about its centre (here z = 5), not the workplane's origin (z = 0).
        const raised = Workplane().box(1, 1, 1).translate([0, 0, 5]);
        assertGeometry(raised.split({ keepTop: true }), { volume: 0.5, bbox: [[-0.5, -0.5, 5], [0.5, 0.5, 5.5]] });
        assertPartforgeError(() => raised.split({ keepTop: false }), "SCRIPT_EXCEPTION", /keep at least one half/);
      }));

    it("splits by a plane far from the solid, where CadQuery's boxes fall short of it", () =>
      withScope(() => {
        // The plane z = 0 through the middle of a unit cube, its origin 100 away along x: CadQuery's
        // box below it (17.3 square about x = 100) does not reach the cube, so cutting with it keeps
        // the whole cube as the top half; split's larger box keeps the top half only.
        const wp = Workplane().box(1, 1, 1).workplane({ origin: [100, 0, 0] });
        const maxDim = 10 * Math.sqrt(3);
        const cadqueryBelow = wp.rect(maxDim, maxDim).extrude(-maxDim, { combine: false }).val() as Shape;
        assertClose((wp.findSolid() as Shape).cut(cadqueryBelow).Volume(), 1, 1e-9);
        assertGeometry(wp.split({ keepTop: true }), { volume: 0.5, bbox: [[-0.5, -0.5, 0], [0.5, 0.5, 0.5]] });
        // 20 above the cube (over 10 diagonals): nothing is above; CadQuery's box above misses the cube.
        const far = Workplane().box(1, 1, 1).workplane({ offset: 20 });
        assertGeometry(far.split({ keepBottom: true }), { volume: 1 });
        assert.equal(far.split({ keepTop: true }).solids().size(), 0);
      }));

    it("unions with a shape", () =>
      withScope(() => {
        const sphere = solidOf(Workplane().sphere(1).translate([0, 0, 5]));
        // apart from each other: 2³ + 4/3·π·1³, two solids in one compound
        assertGeometry(Workplane().box(2, 2, 2).union(sphere), {
          volume: 8 + (4 / 3) * PI,
          bbox: [[-1, -1, -1], [1, 1, 6]],
          solids: 2,
        });
      }));

    it("fuses the stack's solids when called without an argument", () =>
      withScope(() => {
        const part = Workplane().box(2, 2, 2, { combine: false }).add(Workplane().box(2, 2, 2).translate([1, 0, 0])).union();
        assertGeometry(part, { volume: 12, bbox: [[-1, -1, -1], [2, 1, 1]], faces: 6 });
      }));

    it("unions the other Workplane's solids when there is no solid in context", () =>
      withScope(() => {
        assertGeometry(Workplane().union(Workplane().box(2, 2, 2)), { volume: 8, bbox: [[-1, -1, -1], [1, 1, 1]] });
      }));

    it("cuts another Workplane's solid", () =>
      withScope(() => {
        const part = Workplane().box(10, 10, 10).cut(Workplane().cylinder(20, 2));
        // 10³ − π·2²·10
        assertGeometry(part, { volume: 1000 - 40 * PI, bbox: [[-5, -5, -5], [5, 5, 5]], faces: 7 });
      }));

    it("intersects with a sphere: a cube with rounded corners", () =>
      withScope(() => {
        // sphere r = 6 minus 6 caps of height 1 cut off by the faces at ±5 (the caps do not meet:
        // x, y > 5 would need x² + y² > 50 > 36): 4/3·π·6³ − 6·π·1²·(3·6 − 1)/3 = 288π − 34π
        const part = Workplane().box(10, 10, 10).intersect(Workplane().sphere(6));
        assertGeometry(part, { volume: 254 * PI, bbox: [[-5, -5, -5], [5, 5, 5]], faces: 7 });
      }));

    it("refuses to cut or intersect without a solid in context, or with nothing", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().cut(Workplane().box(1, 1, 1)), "SCRIPT_EXCEPTION", /cut: there is no solid to work on/);
        assertPartforgeError(() => Workplane().intersect(Workplane().box(1, 1, 1)), "SCRIPT_EXCEPTION", /intersect: there is no solid/);
        assertPartforgeError(() => Workplane().box(1, 1, 1).cut(Workplane().rect(1, 1)), "SCRIPT_EXCEPTION", /cut: the other Workplane has no solid/);
        assertPartforgeError(() => Workplane().box(1, 1, 1).cut(undefined as never), "SCRIPT_EXCEPTION", /Workplane\.cut\(toCut, clean=True, tol=None\): missing toCut/);
      }));
  });

  describe("combine", () => {
    it("fuses every solid on the stack into one", () =>
      withScope(() => {
        // boxes at x = 0, 1, 2 (each 2 wide) overlap into a 4×2×2 block
        const boxes = Workplane().pushPoints([[0, 0], [1, 0], [2, 0]]).eachpoint((location) => Workplane().box(2, 2, 2).translate(location.toTuple()).val());
        assert.equal(boxes.size(), 3);
        assertGeometry(boxes.combine(), { volume: 16, bbox: [[-1, -1, -1], [3, 1, 1]], faces: 6 });
      }));

    it("returns the solid in context when the stack has no solid", () =>
      withScope(() => {
        assertGeometry(Workplane().box(2, 2, 2).faces(">Z").combine(), { volume: 8, faces: 6 });
      }));
  });

  describe("translate and rotate", () => {
    it("translates the stack's solids", () =>
      withScope(() => {
        assertGeometry(Workplane().box(2, 2, 2).translate([10, 0, 0]), { volume: 8, bbox: [[9, -1, -1], [11, 1, 1]], faces: 6 });
      }));

    it("translates the stack's points", () =>
      withScope(() => {
        assertPositions(Workplane().pushPoints([[1, 1]]).translate([1, 0, 2]), [[2, 1, 2]]);
      }));

    it("rotates about an axis through the origin", () =>
      withScope(() => {
        assertGeometry(Workplane().box(10, 2, 2).rotate([0, 0, 0], [0, 0, 1], 90), { volume: 40, bbox: [[-1, -5, -1], [1, 5, 1]] });
      }));

    it("rotates about an axis through another point", () =>
      withScope(() => {
        // half a turn about the vertical line through (5, 0): the centre goes from (0,0) to (10,0)
        assertGeometry(Workplane().box(2, 2, 2).rotate([5, 0, 0], [5, 0, 1], 180), { volume: 8, bbox: [[9, -1, -1], [11, 1, 1]] });
      }));

    it("rejects a degenerate axis", () =>
      withScope(() => {
        assertPartforgeError(() => Workplane().box(1, 1, 1).rotate([1, 1, 1], [1, 1, 1], 90), "SCRIPT_EXCEPTION", /rotate: axisStart and axisEnd must be different/);
      }));
  });

  describe("mirror", () => {
    it("mirrors through YZ and unions the mirror image with union: true", () =>
      withScope(() => {
        const part = Workplane().box(10, 10, 10, { centered: false }).mirror("YZ", [0, 0, 0], { union: true });
        // the 10³ box and its mirror image share the face x = 0 → one 20×10×10 block
        assertGeometry(part, { volume: 2000, bbox: [[-10, 0, 0], [10, 10, 10]], faces: 6 });
      }));

    it("gives only the mirror image without union", () =>
      withScope(() => {
        assertGeometry(Workplane().box(10, 10, 10, { centered: false }).mirror("YZ"), { volume: 1000, bbox: [[-10, 0, 0], [0, 10, 10]], faces: 6 });
      }));

    it("mirrors through XY by default, about the base point", () =>
      withScope(() => {
        // z ∈ [0, 1] mirrored about z = 20 → z ∈ [39, 40]
        assertGeometry(Workplane().box(1, 1, 1, { centered: false }).mirror("XY", [0, 0, 20]), { volume: 1, bbox: [[0, 0, 39], [1, 1, 40]] });
        assertGeometry(Workplane().box(1, 1, 1, { centered: false }).mirror(), { volume: 1, bbox: [[0, 0, -1], [1, 1, 0]] });
      }));

    it("mirrors through a plane given by its normal", () =>
      withScope(() => {
        // the plane x = y swaps x and y
        assertGeometry(Workplane().box(4, 2, 2, { centered: false }).mirror([1, -1, 0]), { volume: 16, bbox: [[0, 0, 0], [2, 4, 2]] });
      }));
  });
});
