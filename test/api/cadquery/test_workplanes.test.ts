/**
 * Ports of CadQuery's tests/test_workplanes.py: plane origins and bases, offset planes, mirrors
 * and Bézier curves. Each case names its origin; expected numbers are CadQuery's.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Plane, Vector, Workplane, type Shape } from "../../../src/api/index.ts";
import { withScope } from "../../../src/kernel/index.ts";
import { assertPartforgeError } from "../../helpers/geometry.ts";
import { assertAlmostEqual, assertTupleAlmostEquals, valOf, withKernelLoaded } from "./helpers.ts";

const [X, Y, Z] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
const neg = (v: number[]) => v.map((c) => -c);

describe("CadQuery tests/test_workplanes.py", () => {
  withKernelLoaded();

  // test_workplanes.py::testYZPlaneOrigins
  it("testYZPlaneOrigins", () => {
    const base = new Vector(0.25, 0, 0);
    const p = new Plane(base, [0, 1, 0], [1, 0, 0]);
    assertTupleAlmostEquals(p.toLocalCoords(p.origin).toTuple(), [0, 0, 0], 2);
    assertTupleAlmostEquals(p.toWorldCoords([0, 0]).toTuple(), base.toTuple(), 2);
  });

  // test_workplanes.py::testXYPlaneOrigins
  it("testXYPlaneOrigins", () => {
    const base = new Vector(0, 0, 0.25);
    const p = new Plane(base, [1, 0, 0], [0, 0, 1]);
    assertTupleAlmostEquals(p.toLocalCoords(p.origin).toTuple(), [0, 0, 0], 2);
    assertTupleAlmostEquals(p.toWorldCoords([0, 0]).toTuple(), base.toTuple(), 2);
  });

  // test_workplanes.py::testXZPlaneOrigins
  it("testXZPlaneOrigins", () => {
    const base = new Vector(0, 0.25, 0);
    const p = new Plane(base, [0, 0, 1], [0, 1, 0]);
    assertTupleAlmostEquals(p.toWorldCoords([0, 0]).toTuple(), base.toTuple(), 2);
    assertTupleAlmostEquals(p.toLocalCoords(p.origin).toTuple(), [0, 0, 0], 2);
  });

  // test_workplanes.py::testPlaneBasics
  it("testPlaneBasics: local and world coordinates on XY, YZ and XZ", () => {
    let p = Plane.XY();
    assertTupleAlmostEquals(p.toWorldCoords([1, 1]).toTuple(), [1, 1, 0], 2);
    assertTupleAlmostEquals(p.toWorldCoords([-1, -1]).toTuple(), [-1, -1, 0], 2);
    assertTupleAlmostEquals(p.toLocalCoords([-1, -1, 0]).toTuple().slice(0, 2), [-1, -1], 2);
    assertTupleAlmostEquals(p.toLocalCoords([1, 1, 0]).toTuple().slice(0, 2), [1, 1], 2);
    p = Plane.YZ();
    assertTupleAlmostEquals(p.toWorldCoords([1, 1]).toTuple(), [0, 1, 1], 2);
    assertTupleAlmostEquals(p.toLocalCoords([0, 1, 1]).toTuple().slice(0, 2), [1, 1], 2);
    p = Plane.XZ();
    assertTupleAlmostEquals(p.toWorldCoords([1, 1]).toTuple(), [1, 0, 1], 2);
    assertTupleAlmostEquals(p.toLocalCoords([1, 0, 1]).toTuple().slice(0, 2), [1, 1], 2);
  });

  // test_workplanes.py::testOffsetPlanes
  it("testOffsetPlanes: planes away from the origin", () => {
    let p = Plane.XY([10, 10, 0]);
    assertTupleAlmostEquals(p.toWorldCoords([1, 1]).toTuple(), [11, 11, 0], 2);
    assertTupleAlmostEquals(p.toLocalCoords([12, 12, 0]).toTuple().slice(0, 2), [2, 2], 2);
    p = Plane.YZ([0, 2, 2]);
    assertTupleAlmostEquals(p.toWorldCoords([3, 3]).toTuple(), [0, 5, 5], 2);
    assertTupleAlmostEquals(p.toLocalCoords([0, 12, 12]).toTuple(), [10, 10, 0], 2);
    p = Plane.XZ([2, 0, 2]);
    assertTupleAlmostEquals(p.toWorldCoords([1, 1]).toTuple(), [3, 0, 3], 2);
    assertTupleAlmostEquals(p.toLocalCoords([12, 0, 12]).toTuple().slice(0, 2), [10, 10], 2);
  });

  for (const [name, plane, zDir, xDir, yDir] of [
    ["testXYPlaneBasics", "XY", Z, X, Y],
    ["testYZPlaneBasics", "YZ", X, Y, Z],
    ["testZXPlaneBasics", "ZX", Y, Z, X],
    ["testXZPlaneBasics", "XZ", neg(Y), X, Z],
    ["testYXPlaneBasics", "YX", neg(Z), Y, X],
    ["testZYPlaneBasics", "ZY", neg(X), Z, Y],
  ] as const) {
    // test_workplanes.py::testXYPlaneBasics … testZYPlaneBasics
    it(`${name}: the axes of the named plane ${plane}`, () => {
      const p = Plane.named(plane);
      assertTupleAlmostEquals(p.zDir.toTuple(), zDir, 4);
      assertTupleAlmostEquals(p.xDir.toTuple(), xDir, 4);
      assertTupleAlmostEquals(p.yDir.toTuple(), yDir, 4);
    });
  }

  // test_workplanes.py::test_mirror
  it("test_mirror: a box mirrored about a raised XY plane doubles", () =>
    withScope(() => {
      const b2 = Workplane().box(1, 1, 1).mirror("XY", [0, 0, 0.5], { union: true });
      const bb = b2.findSolid().BoundingBox();
      assertTupleAlmostEquals([bb.xlen, bb.ylen, bb.zlen], [1, 1, 2], 6);
      assertAlmostEqual(b2.findSolid().Volume(), 2, 5);
    }));

  // test_workplanes.py::test_all_planes
  it("test_all_planes: mirrors through each named plane keep the unit box", () =>
    withScope(() => {
      let b2 = Workplane().box(1, 1, 1);
      for (const p of ["XY", "YX", "XZ", "ZX", "YZ", "ZY"] as const) {
        b2 = b2.mirror(p);
        const bb = b2.findSolid().BoundingBox();
        assertTupleAlmostEquals([bb.xlen, bb.ylen, bb.zlen], [1, 1, 1], 6);
        assertAlmostEqual(b2.findSolid().Volume(), 1, 5);
      }
    }));

  // test_workplanes.py::test_bad_plane_input
  it("test_bad_plane_input: edges are not a mirror plane", () =>
    withScope(() => {
      const b2 = Workplane().box(1, 1, 1);
      assertPartforgeError(() => b2.mirror(b2.edges()), "SCRIPT_EXCEPTION", /a face is required/);
    }));

  // test_workplanes.py::test_mirror_axis
  it("test_mirror_axis: a normal vector as the mirror plane", () =>
    withScope(() => {
      const b2 = Workplane().box(1, 1, 1).mirror([0, 0, 1], [0, 0, 0.5], { union: true });
      const bb = b2.findSolid().BoundingBox();
      assertTupleAlmostEquals([bb.xlen, bb.ylen, bb.zlen], [1, 1, 2], 6);
      assertAlmostEqual(b2.findSolid().Volume(), 2, 5);
    }));

  // test_workplanes.py::test_mirror_workplane
  it("test_mirror_workplane: mirrored about its own faces, three times", () =>
    withScope(() => {
      let b2 = Workplane().box(1, 1, 1);
      const steps: [string, number[], number][] = [[">Z", [1, 1, 2], 2], [">Y", [1, 2, 2], 4], [">X", [2, 2, 2], 8]];
      for (const [face, dims, volume] of steps) {
        b2 = b2.mirror(b2.faces(face), undefined, { union: true });
        const bb = b2.findSolid().BoundingBox();
        assertTupleAlmostEquals([bb.xlen, bb.ylen, bb.zlen], dims, 6);
        assertAlmostEqual(b2.findSolid().Volume(), volume, 5);
      }
    }));

  // test_workplanes.py::test_mirror_equivalence
  it("test_mirror_equivalence: a name, a normal and a face give the same mirror", () =>
    withScope(() => {
      const boxes = [0, 1, 2].map((i) => Workplane("XY").box(1, 1, 1).translate([i * 2, 0, 0.5]));
      const planes = ["XY", [0, 0, 1] as [number, number, number], boxes[0]!.faces("<Z")] as const;
      const results = boxes.map((b, i) => b.mirror(planes[i]!, [0, 0, 0.5], { union: true }));
      for (let i = 0; i < results.length - 1; i++) {
        const a = results[i]!.findSolid().BoundingBox();
        const b = results[i + 1]!.findSolid().BoundingBox();
        assertTupleAlmostEquals([a.xlen, a.ylen, a.zlen], [b.xlen, b.ylen, b.zlen], 4);
        assertAlmostEqual(results[i]!.findSolid().Volume(), results[i + 1]!.findSolid().Volume(), 5);
      }
    }));

  // test_workplanes.py::test_mirror_face
  it("test_mirror_face: a wedge mirrored about one of its faces", () =>
    withScope(() => {
      let r = Workplane("XY").line(0, 1).line(1, -1).close().extrude(1);
      let bb = r.findSolid().BoundingBox();
      assertTupleAlmostEquals([bb.xlen, bb.ylen, bb.zlen], [1, 1, 1], 4);
      assertAlmostEqual(r.findSolid().Volume(), 0.5, 5);
      // CadQuery mirrors about faces().objects[1]; the slanted face gives the same result here
      const slanted = r.faces().vals().find((f) => {
        const n = (f as Shape).normal();
        return n !== undefined && Math.abs(n[0]) > 0.5 && Math.abs(n[1]) > 0.5;
      }) as Shape;
      r = r.mirror(slanted, undefined, { union: true });
      bb = r.findSolid().BoundingBox();
      assertTupleAlmostEquals([bb.xlen, bb.ylen, bb.zlen], [1, 1, 1], 4);
      assertAlmostEqual(r.findSolid().Volume(), 1, 5);
    }));

  // test_workplanes.py::test_bezier_curve
  it("test_bezier_curve: quadratic and cubic Bézier profiles, a lofted Bézier wire, construction", () =>
    withScope(() => {
      let r = Workplane("XZ").bezier([[0, 0], [1, 2], [5, 0]]).bezier([[1, -2], [0, 0]], { includeCurrent: true }).close().extrude(1);
      let bb = r.findSolid().BoundingBox();
      assertTupleAlmostEquals([bb.xlen, bb.ylen, bb.zlen], [5, 1, 2], 1);
      assertAlmostEqual(r.findSolid().Volume(), 6.6666667, 4);
      let c = Workplane("XY").bezier([[0, 0], [1, 2], [2, -1], [5, 0]]);
      assert.equal(c.state.pendingEdges.length, 1);
      r = c.lineTo(5, -0.1).bezier([[2, -3], [1, 0], [0, 0]], { includeCurrent: true }).close().extrude(1);
      bb = r.findSolid().BoundingBox();
      assertTupleAlmostEquals([bb.xlen, bb.ylen, bb.zlen], [5, 2.06767, 1], 1);
      assertAlmostEqual(r.findSolid().Volume(), 4.975, 4);
      c = Workplane("XY").bezier([[0, 0], [1, 2], [1, -1], [0, 0]], { makeWire: true });
      assert.equal(c.state.pendingWires.length, 1);
      r = c.translate([0, 0, 0.2]).toPending().loft();
      assertAlmostEqual(r.findSolid().Volume(), 0.09, 4);
      assert.equal(Workplane("XY").bezier([[0, 0], [1, 2], [1, -1], [0, 0]], { makeWire: true, forConstruction: true }).state.pendingWires.length, 0);
      assert.equal(Workplane("XY").bezier([[0, 0], [1, 2], [2, -1], [5, 0]], { forConstruction: true }).state.pendingEdges.length, 0);
      assert.ok(valOf(r).isValid());
    }));
});
