/**
 * Ports of CadQuery's tests/test_sketch.py, and of the Sketch cases in tests/test_cadquery.py.
 * CadQuery's Sketch changes itself in place; partforge's returns a new Sketch from each call, so
 * the ports chain (or reassign) where CadQuery reuses the variable. `_faces` is `facesShape()`,
 * `_selection` is `vals()`.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Location, Sketch, Workplane, isShape, selectors, type Shape } from "../../../src/api/index.ts";
import { withScope } from "../../../src/kernel/index.ts";
import { assertPartforgeError } from "../../helpers/geometry.ts";
import { assertAlmostEqual, assertTupleAlmostEquals, valOf, withKernelLoaded } from "./helpers.ts";

const PI = Math.PI;

function facesOf(s: ReturnType<typeof Sketch>): Shape {
  const faces = s.facesShape();
  assert.ok(faces !== undefined, "the sketch has no faces");
  return faces;
}

function area(s: ReturnType<typeof Sketch>): number {
  return facesOf(s).Area();
}

function faceCount(s: ReturnType<typeof Sketch>): number {
  return facesOf(s).Faces().length;
}

function firstShape(s: ReturnType<typeof Sketch>): Shape {
  const v = s.vals()[0];
  assert.ok(isShape(v), "the selection holds no shape");
  return v;
}

describe("CadQuery tests/test_sketch.py", () => {
  withKernelLoaded();

  // test_sketch.py::test_face_interface
  it("test_face_interface: areas and corners of every primitive", () =>
    withScope(() => {
      const s1 = Sketch().rect(1, 2, 45);
      assertAlmostEqual(area(s1), 2, 6);
      assertAlmostEqual(firstShape(s1.vertices(">X")).toTuple()[0], 1.5 / Math.SQRT2, 6);
      assertAlmostEqual(area(Sketch().circle(1)), PI, 6);
      assertAlmostEqual(area(Sketch().ellipse(2, 0.5)), PI, 6);
      assertAlmostEqual(area(Sketch().trapezoid(2, 0.5, 45)), 0.75, 6);
      const s5 = Sketch().slot(3, 2);
      assertAlmostEqual(area(s5), 6 + PI, 6);
      assertAlmostEqual(firstShape(s5.edges(">Y")).Length(), 3, 6);
      const s6 = Sketch().regularPolygon(1, 5);
      assert.equal(s6.vertices().vals().length, 5);
      assertAlmostEqual(firstShape(s6.vertices(">Y")).toTuple()[1], 1, 6);
      const s7 = Sketch().polygon([[0, 0], [0, 1], [1, 0]]);
      assert.equal(s7.vertices().vals().length, 3);
      assertAlmostEqual(area(s7), 0.5, 6);
      assertAlmostEqual(area(Sketch().face(Sketch().rect(1, 1).val() as Shape)), 1, 6);
      assertAlmostEqual(area(Sketch().face(Sketch().rect(1, 1))), 1, 6);
      assertPartforgeError(() => Sketch().face(1234 as never), "SCRIPT_EXCEPTION", /Sketch\.face\(b, angle=0, .*\): b must be a shape or an array of shapes or a Sketch; got 1234/);
    }));

  // test_sketch.py::test_modes
  it("test_modes: add, subtract, intersect, construction, replace", () =>
    withScope(() => {
      const s1 = Sketch().rect(2, 2).rect(1, 1, { mode: "a" });
      assertAlmostEqual(area(s1), 4, 6);
      assert.equal(faceCount(s1), 2);
      const s2 = Sketch().rect(2, 2).rect(1, 1, { mode: "s" });
      assertAlmostEqual(area(s2), 3, 6);
      assert.equal(faceCount(s2), 1);
      const s3 = Sketch().rect(2, 2).rect(1, 1, { mode: "i" });
      assertAlmostEqual(area(s3), 1, 6);
      assert.equal(faceCount(s3), 1);
      const s4 = Sketch().rect(2, 2).rect(1, 1, { mode: "c", tag: "t" });
      assertAlmostEqual(area(s4), 4, 6);
      assert.equal(faceCount(s4), 1);
      assertAlmostEqual((s4.state.tags.get("t")![0] as Shape).Area(), 1, 6);
      assertPartforgeError(() => Sketch().rect(2, 2).rect(1, 1, { mode: "c" }), "SCRIPT_EXCEPTION", /needs a tag/);
      assertPartforgeError(() => Sketch().rect(2, 2).rect(1, 1, { mode: "dummy" as never }), "SCRIPT_EXCEPTION", /mode must be one of/);
      const s5 = Sketch().rect(1, 1).wires().offset(-0.1, { mode: "r" }).reset();
      assertAlmostEqual((s5.val() as Shape).Area(), 0.64, 6);
    }));

  // test_sketch.py::test_rarray
  it("test_rarray: grids at the origin and around pushed points", () =>
    withScope(() => {
      assertPartforgeError(() => Sketch().rarray(2, 2, 3, 0).rect(1, 1), "SCRIPT_EXCEPTION", /ny must be a whole number of at least 1/);
      const s1 = Sketch().rarray(2, 2, 3, 3).rect(1, 1);
      assertAlmostEqual(area(s1), 9, 6);
      assert.equal(faceCount(s1), 9);
      const s2 = Sketch().push([[0, 0], [1, 1]]).rarray(2, 2, 3, 3).rect(0.5, 0.5);
      assertAlmostEqual(area(s2), 18 * 0.25, 6);
      assert.equal(faceCount(s2), 18);
      assertTupleAlmostEquals(firstShape(s2.reset().vertices(">(1,1,0)")).toTuple(), [3.25, 3.25, 0], 6);
    }));

  // test_sketch.py::test_parray
  it("test_parray: polar arrays, rotated or not, around pushed points", () =>
    withScope(() => {
      assertPartforgeError(() => Sketch().parray(2, 0, 90, 0).rect(1, 1), "SCRIPT_EXCEPTION", /n must be a whole number/);
      const s1 = Sketch().parray(2, 0, 90, 3).rect(1, 1);
      assertAlmostEqual(area(s1), 3, 6);
      assert.equal(faceCount(s1), 3);
      const s2 = Sketch().push([[0, 0], [1, 1]]).parray(2, 0, 90, 3).rect(0.5, 0.5);
      assertAlmostEqual(area(s2), 6 * 0.25, 6);
      assert.equal(faceCount(s2), 6);
      const s3 = Sketch().parray(2, 0, 90, 3, false).rect(0.5, 0.5).reset().vertices(">(1,1,0)");
      assert.equal(s3.vals().length, 1);
      assertTupleAlmostEquals(firstShape(s3).toTuple(), [1.6642135623730951, 1.664213562373095, 0], 6);
      const s4 = Sketch().push([[0, 0], [0, 1]]).parray(2, 0, 90, 3).rect(0.5, 0.5).reset().faces(">(0,1,0)");
      assertAlmostEqual(firstShape(s4).Center().length, 3, 6);
      assert.equal(Sketch().push([[0, 1]], { tag: "loc" }).state.tags.get("loc")!.length, 1);
      const s6 = Sketch().push([[-4, 1], [0, 0], [4, -1]]).parray(2, 10, 50, 3).rect(1, 0.5);
      assertTupleAlmostEquals(firstShape(s6.reset().vertices(">(-1,0,0)")).toTuple(), [-3.46650635094611, 2.424038105676658, 0], 6);
      assertTupleAlmostEquals(firstShape(s6.reset().vertices(">(1,0,0)")).toTuple(), [6.505431426947252, -0.8120814940857262, 0], 6);
      const s7 = Sketch().parray(1, 135, 0, 1).circle(0.1).reset().faces();
      assert.equal(s7.vals().length, 1);
      assertTupleAlmostEquals(firstShape(s7).Center().toTuple(), [-0.7071067811865475, 0.7071067811865476, 0], 6);
      const s8 = Sketch().parray(4, 20, 360, 6).rect(1, 0.5);
      assert.equal(faceCount(s8), 6);
      assertTupleAlmostEquals(firstShape(s8.reset().vertices(">(0,-1,0)")).toTuple(), [-0.5352148612481344, -4.475046932971669, 0], 6);
    }));

  // test_sketch.py::test_each
  it("test_each: faces made by a function at each location", () =>
    withScope(() => {
      const s1 = Sketch().each((l) => Sketch().push([l]).rect(1, 1));
      assert.equal(faceCount(s1), 1);
      const s2 = Sketch().push([[0, 0], [2, 2]]).each((l) => Sketch().push([l]).rect(1, 1), { ignoreSelection: true });
      assert.equal(faceCount(s2), 1);
    }));

  // test_sketch.py::test_modifiers (fillet, chamfer, offset, clean; hull is not supported)
  it("test_modifiers: 2D fillets and chamfers at selected corners; offsets and clean", () =>
    withScope(() => {
      const s1 = Sketch().push([[-2, 0], [2, 0]]).rect(1, 1).reset().vertices("<X").fillet(0.1);
      assert.equal(faceCount(s1), 2);
      assert.equal(facesOf(s1).Edges().length, 10);
      const s2 = Sketch().push([[-2, 0], [2, 0]]).rect(1, 1).reset().vertices(">X").chamfer(0.1);
      assert.equal(faceCount(s2), 2);
      assert.equal(facesOf(s2).Edges().length, 10);
      const s7 = Sketch().rect(2, 2).wires().offset(1);
      assert.equal(faceCount(s7), 2);
      assert.equal(facesOf(s7).Edges().length, 4 + 4 + 4);
      const cleaned = s7.clean();
      assert.equal(faceCount(cleaned), 1);
      assert.equal(facesOf(cleaned).Edges().length, 4 + 4);
      const s8 = Sketch().rect(2, 2).wires().offset(-0.5, { mode: "s" });
      assert.equal(faceCount(s8), 1);
      assert.equal(facesOf(s8).Edges().length, 4 + 4);
    }));

  // test_sketch.py::test_delete
  it("test_delete: faces and edges can be deleted, vertices cannot", () =>
    withScope(() => {
      const s1 = Sketch().push([[-2, 0], [2, 0]]).rect(1, 1).reset();
      assert.equal(faceCount(s1), 2);
      assert.equal(faceCount(s1.faces("<X").delete()), 1);
      const s2 = Sketch().segment([0, 0], [1, 0]).segment([0, 1], { tag: "e" }).close();
      assert.equal(s2.state.edges.length, 3);
      const s3 = s2.edges("<X").delete();
      assert.equal(s3.state.edges.length, 2);
      assertPartforgeError(() => s3.vertices().delete(), "SCRIPT_EXCEPTION", /only faces and edges/);
    }));

  // test_sketch.py::test_selectors
  it("test_selectors: counts of vertices, edges, wires and faces; tags; nth selectors", () =>
    withScope(() => {
      const s = Sketch().push([[-2, 0], [2, 0]]).rect(1, 1).rect(0.5, 0.5, { mode: "s" }).reset();
      assert.equal(s.state.selection, undefined);
      assert.equal(s.vertices().vals().length, 16);
      assert.equal(s.edges().vals().length, 16);
      assert.equal(s.wires().vals().length, 4);
      assert.equal(s.faces().vals().length, 2);
      assert.equal(s.vertices("<Y").vals().length, 4);
      const sides = s.edges("<X or >X");
      assert.equal(sides.vals().length, 2);
      const tagged = sides.tag("test").reset();
      assert.equal(tagged.state.selection, undefined);
      assert.equal(tagged.select("test").vals().length, 2);
      assert.equal(s.wires(new selectors.LengthNthSelector(1)).vals().length, 2);
      assertTupleAlmostEquals(firstShape(s.vertices("<X and <Y")).toTuple(), [-2.5, -0.5, 0], 6);
    }));

  // test_sketch.py::test_edge_interface
  it("test_edge_interface: segments, arcs and closes assembled into faces", () =>
    withScope(() => {
      const s1 = Sketch().segment([0, 0], [1, 0]).segment([1, 1]).segment(1, 180).close().assemble();
      assert.equal(faceCount(s1), 1);
      assertAlmostEqual(area(s1), 1, 6);
      const s2 = Sketch().arc([0, 0], [1, 1], [0, 2]).close().assemble();
      assert.equal(faceCount(s2), 1);
      assertAlmostEqual(area(s2), PI / 2, 6);
      const s3 = Sketch().arc([0, 0], [1, 1], [0, 2]).arc([-1, 1], [0, 0]).assemble();
      assert.equal(faceCount(s3), 1);
      assertAlmostEqual(area(s3), PI, 6);
      const s4 = Sketch().arc([0, 0], 1, 0, 90);
      assert.equal(s4.vertices().vals().length, 2);
      assertAlmostEqual(firstShape(s4.vertices(">Y")).Center().y, 1, 6);
      const s5 = Sketch().arc([0, 0], 1, 0, -90);
      assert.equal(s5.vertices().vals().length, 2);
      assertAlmostEqual(firstShape(s5.vertices(">Y")).Center().y, 0, 6);
      assert.equal(Sketch().arc([0, 0], 1, 90, 360).vertices().vals().length, 1);
    }));

  // test_sketch.py::test_bezier
  it("test_bezier: two Bézier curves closed into a face", () =>
    withScope(() => {
      const s1 = Sketch()
        .segment([0, 0], [0, 0.5])
        .bezier([[0, 0.5], [-1, 2], [1, 0.5], [5, 0]])
        .bezier([[5, 0], [1, -0.5], [-1, -2], [0, -0.5]])
        .close()
        .assemble();
      assertAlmostEqual(area(s1), 5.35, 6);
    }));

  // test_sketch.py::test_assemble
  it("test_assemble: a loop with a circle hole assembles; disconnected segments do not", () =>
    withScope(() => {
      const s1 = Sketch().segment([0, 0], [0, 2]).segment([4, -1]).close().arc([0.7, 0.6], 0.4, 0, 360).assemble();
      assert.equal(faceCount(s1), 1);
      assert.ok(area(s1) < 4);
      const s2 = Sketch().segment([0, 0], [1, 0]).segment([2, 0], [3, 0]);
      assert.throws(() => s2.assemble());
    }));

  // test_sketch.py::test_finalize
  it("test_finalize: back to the Workplane the sketch was started on", () =>
    withScope(() => {
      const parent = Workplane().box(4, 4, 1).faces(">Z").workplane();
      const back = parent.sketch().rect(2, 2).circle(0.5, { mode: "s" }).finalize() as ReturnType<typeof Workplane>;
      assert.equal(back.parent, parent);
      assertPartforgeError(() => Sketch().rect(1, 1).finalize(), "SCRIPT_EXCEPTION", /not started with Workplane.sketch/);
    }));

  // test_sketch.py::test_misc
  it("test_misc: continuing or closing without edges fails", () =>
    withScope(() => {
      assertPartforgeError(() => Sketch().close(), "SCRIPT_EXCEPTION", /no edge to continue from/);
      assertPartforgeError(() => Sketch().segment([1, 1]), "SCRIPT_EXCEPTION", /no edge to continue from/);
    }));

  // test_sketch.py::test_located
  it("test_located: a located copy keeps the faces and drops the edges", () =>
    withScope(() => {
      const s1 = Sketch().segment([0, 0], [1, 0]).segment([1, 1]).close().assemble();
      assert.equal(s1.state.edges.length, 3);
      assert.equal(faceCount(s1), 1);
      const s2 = s1.located();
      assert.equal(s2.state.edges.length, 0);
      assert.equal(faceCount(s2), 1);
    }));

  // test_sketch.py::test_val
  it("test_val: the selection's first object, else the faces, else the first edge", () =>
    withScope(() => {
      assert.equal((Sketch().rect(2, 2).val() as Shape).kind, "face");
      assert.equal((Sketch().segment([0, 0], [1, 0]).val() as Shape).kind, "edge");
      assert.equal((Sketch().rect(2, 2).vertices().val() as Shape).kind, "vertex");
      assert.ok(Sketch().push([[1, 1]]).val() instanceof Location);
    }));

  // test_sketch.py::test_vals
  it("test_vals: all selected objects", () =>
    withScope(() => {
      assert.equal(Sketch().rect(2, 2).vertices().vals().length, 4);
      assert.equal(Sketch().push([[0, 0], [2, 0]]).rect(1, 1).reset().vals().length, 2);
      assert.equal(Sketch().segment([0, 0], [1, 0]).segment([1, 1]).vals().length, 2);
    }));

  // test_cadquery.py::testSketch
  it("testSketch (test_cadquery.py): sketches finalized, placed, offset, lofted and swept", () =>
    withScope(() => {
      const wp = (value: unknown) => value as ReturnType<typeof Workplane>;
      const r1 = wp(Workplane().box(10, 10, 1).faces(">Z").sketch().slot(2, 1).slot(2, 1, { angle: 90 }).clean().finalize()).extrude(1);
      assert.ok(valOf(r1).isValid());
      assert.equal(r1.faces().vals().length, 19);
      const r2 = wp(wp(Workplane().sketch().circle(2).wires().offset(0.1, { mode: "s" }).finalize()).sketch().rect(1, 1).finalize()).extrude(1, { taper: 5 });
      assert.ok(valOf(r2).isValid());
      assert.equal(r2.faces().vals().length, 6);
      const r3 = wp(Workplane().pushPoints([Location.at(Workplane().plane, [1, 1, 0])]).sketch().circle(2).wires().offset(-0.1, { mode: "s" }).finalize()).extrude(1);
      assert.ok(valOf(r3).isValid());
      assert.equal(r3.faces().vals().length, 4);
      assertTupleAlmostEquals(valOf(r3).Center().toTuple(), [1, 1, 0.5], 6);
      const s = Sketch().trapezoid(3, 1, 120);
      const r4 = Workplane().placeSketch(s, s.moved([0, 0, 3])).loft();
      assert.equal(r4.solids().vals().length, 1);
      const r5 = wp(Workplane().sketch().polygon([[0, 0], [0, 1], [1, 0]]).finalize()).extrude(1);
      assertAlmostEqual(valOf(r5).Volume(), 0.5, 6);
      const p = valOf(Workplane("XZ").spline([[0, 0], [0, 1], [2, 1]]));
      const r6 = Workplane().placeSketch(Sketch().circle(0.5).moved(p.locationAt(0)), Sketch().circle(1).moved(p.locationAt(1))).sweep(p, { multisection: true });
      assert.ok(valOf(r6).isValid());
    }));
});
