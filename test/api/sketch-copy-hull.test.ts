/** Sketch.copy (CadQuery's partial copy: the faces only) and Sketch.hull (the convex hull of lines and arcs). */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Sketch, Workplane } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError } from "../helpers/geometry.ts";

const PI = Math.PI;

function areaOf(sketch: ReturnType<typeof Sketch>): number {
  const faces = sketch.facesShape();
  assert.ok(faces !== undefined, "the sketch has faces");
  return faces.Area();
}

describe("Sketch copy and hull", () => {
  before(async () => {
    await loadKernel();
  });

  describe("copy", () => {
    it("returns a new Sketch with the same faces", () =>
      withScope(() => {
        const sketch = Sketch().rect(1, 4).circle(1).clean();
        const copied = sketch.copy();
        assert.notEqual(copied, sketch);
        assertClose(areaOf(copied), areaOf(sketch));
        assert.ok(copied.facesShape()!.isSame(sketch.facesShape()!));
      }));

    it("carries the faces only: no drawn edges, no selection", () =>
      withScope(() => {
        const drawn = Sketch().segment([0, 0], [1, 0]).segment([1, 1]).close();
        assert.equal(drawn.copy().facesShape(), undefined);
        assertPartforgeError(() => drawn.copy().assemble(), "SCRIPT_EXCEPTION");
        // The selection of vertices is not copied: the fillet has nothing selected to round.
        assertPartforgeError(() => Sketch().rect(2, 2).vertices().copy().fillet(0.5), "SCRIPT_EXCEPTION");
      }));

    it("leaves the original alone when the copy is changed (CadQuery's offset example: 1×4 rect and unit circle offset by 0.25)", () =>
      withScope(() => {
        const sketch = Sketch().rect(1, 4).circle(1).clean();
        const before = areaOf(sketch);
        const offset = sketch.copy().wires().offset(0.25);
        assert.ok(areaOf(offset) > before);
        assertClose(areaOf(sketch), before);
        assertGeometry(Workplane().placeSketch(sketch).extrude(1), { volume: before });
      }));

    it("refuses arguments", () =>
      withScope(() => {
        assertPartforgeError(() => (Sketch().copy as (...a: unknown[]) => unknown)(1), "SCRIPT_EXCEPTION", /Sketch\.copy\(\): got 1 positional arguments; it takes none/);
      }));
  });

  describe("hull", () => {
    it("wraps two circles: a stadium of area π r² + 2 r d", () =>
      withScope(() => {
        const stadium = Sketch().arc([0, 0], 1, 0, 360).arc([4, 0], 1, 0, 360).hull();
        assertClose(areaOf(stadium), PI + 8);
        assert.equal(stadium.facesShape()!.Edges().length, 4);
      }));

    it("wraps a circle and a point: the tangent kite plus the far arc", () =>
      withScope(() => {
        // From (2, 0) the tangents touch the unit circle at ±60°: two right triangles of area √3/2, plus the 240° sector.
        const teardrop = Sketch().arc([0, 0], 1, 0, 360).segment([2, 0], [1.5, 0]).hull();
        assertClose(areaOf(teardrop), Math.sqrt(3) + (2 * PI) / 3);
      }));

    it("makes the hull of the documentation's two circles and a segment (area 7.2581756 as the native build)", () =>
      withScope(() => {
        const hull = Sketch().arc([0, 0], 1.0, 0.0, 360.0).arc([1, 1.5], 0.5, 0.0, 360.0).segment([0.0, 2], [-1, 3.0]).hull();
        assertClose(areaOf(hull), 7.258175590737732, 1e-6);
      }));

    it("counts an arc as its whole circle, as CadQuery's hull does: tangents from a point below a half circle", () =>
      withScope(() => {
        const cone = Sketch().arc([-1, 0], [0, 1], [1, 0]).segment([1, 0], [0, -3]).segment([0, -3], [-1, 0]).hull();
        // From (0, −3) the tangents touch the unit circle where cos θ = 1/3: the kite (r·√8) plus the sector left over.
        assertClose(areaOf(cone), Math.sqrt(8) + PI - Math.acos(1 / 3));
        assertClose(areaOf(Sketch().arc([-1, 0], [0, 1], [1, 0]).segment([1, 0], [-1, 0]).hull()), PI);
      }));

    it("ignores points inside the hull: a square with a segment inside it", () =>
      withScope(() => {
        const square = Sketch().segment([0, 0], [2, 0]).segment([2, 2]).segment([0, 2]).segment([1, 1], [0.5, 0.5]).hull();
        assertClose(areaOf(square), 4);
        assert.equal(square.facesShape()!.Edges().length, 4);
      }));

    it("uses the faces' edges when nothing is drawn, combining the hull with the faces by mode", () =>
      withScope(() => {
        const discs = Sketch().push([[0, 0], [6, 0]]).circle(1).reset();
        assertClose(areaOf(discs.hull()), PI + 12);
        assertClose(areaOf(discs.hull({ mode: "r" })), PI + 12);
        // Subtracting the hull from the discs it wraps leaves nothing.
        assert.equal(discs.hull({ mode: "s" }).facesShape()?.Area() ?? 0, 0);
      }));

    it("uses the selected edges when there is a selection", () =>
      withScope(() => {
        const discs = Sketch().push([[0, 0], [6, 0], [0, 6]]).circle(1).reset();
        // The two lowest circles are wrapped; the third stays a separate disc.
        assertClose(areaOf(discs.edges("<Y").hull()), PI + 12 + PI);
      }));

    it("refuses an empty sketch, a curve that is not a line or arc, too few points and a bad mode", () =>
      withScope(() => {
        assertPartforgeError(() => Sketch().hull(), "SCRIPT_EXCEPTION", /hull: there are no edges to make a hull of/);
        assertPartforgeError(() => Sketch().segment([0, 0], [2, 0]).bezier([[2, 0], [1, 2], [0, 0]]).hull(), "SCRIPT_EXCEPTION", /hull: the hull is made of lines and circular arcs only; a BEZIER edge was given/);
        assertPartforgeError(() => Sketch().segment([0, 0], [2, 0]).hull(), "SCRIPT_EXCEPTION", /hull: a hull needs at least three points, or an arc/);
        assertPartforgeError(() => Sketch().arc([0, 0], 1, 0, 360).hull("x" as never), "SCRIPT_EXCEPTION", /hull\(mode='a', tag=None\): mode must be one of "a", "s", "i", "r", "c"; got "x"/);
      }));
  });
});
