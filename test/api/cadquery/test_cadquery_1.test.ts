/**
 * Ports of CadQuery's tests/test_cadquery.py (part 1: points, workplanes, 2D drawing, revolve,
 * splines, ellipses, arrays). Each case names its origin; expected counts and numbers are
 * CadQuery's. Python keyword arguments become the trailing options object (SPEC section 1).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Plane, Vector, Workplane, selectors } from "../../../src/api/index.ts";
import { withScope } from "../../../src/kernel/index.ts";
import { assertPartforgeError } from "../../helpers/geometry.ts";
import { assertAlmostEqual, assertTupleAlmostEquals, unitCube, valOf, withKernelLoaded } from "./helpers.ts";

const { NearestToPointSelector } = selectors;

describe("CadQuery tests/test_cadquery.py, part 1", () => {
  withKernelLoaded();

  // test_cadquery.py::testPointList
  it("testPointList: three points, circles cut through", () =>
    withScope(() => {
      const s = unitCube().faces(">Z").workplane().pushPoints([[-0.3, 0.3], [0.3, 0.3], [0, 0]]);
      assert.equal(s.size(), 3);
      assert.equal(s.circle(0.05).cutThruAll().faces().size(), 9);
      const origins: number[][] = [];
      Workplane("XY").eachpoint((location) => {
        origins.push(location.toTuple());
        return [];
      });
      assert.deepEqual(origins, [[0, 0, 0]]);
    }));

  // test_cadquery.py::testWorkplaneFromFace
  it("testWorkplaneFromFace: a blind hole from the top face has 7 faces", () =>
    withScope(() => {
      assert.equal(unitCube().faces(">Z").workplane().circle(0.125).cutBlind(-2).faces().size(), 7);
    }));

  // test_cadquery.py::testFrontReference
  it("testFrontReference: the named face 'front'", () =>
    withScope(() => {
      assert.equal(unitCube().faces("front").workplane().circle(0.125).cutBlind(-2).faces().size(), 7);
    }));

  // test_cadquery.py::testRotate
  it("testRotate: rotating a box is not in place; the rotated copy's edge runs along z", () =>
    withScope(() => {
      const box = Workplane("XY").box(1, 1, 5);
      box.rotate([0, 0, 0], [1, 0, 0], 90);
      const edge = valOf(box.faces("<Y").edges("<X").first());
      const ends = [edge.startPoint().toTuple(), edge.endPoint().toTuple()].sort((a, b) => b[2] - a[2]);
      assert.deepEqual(ends, [[-0.5, -0.5, 2.5], [-0.5, -0.5, -2.5]]);
    }));

  // test_cadquery.py::testRotateAboutCenter
  it("testRotateAboutCenter: four edges stay along x; a corner moves as CadQuery's", () =>
    withScope(() => {
      const r = Workplane().box(1, 1, 1).rotateAboutCenter([1, 0, 0], 20);
      assert.equal(r.edges("|X").vals().length, 4);
      assertTupleAlmostEquals(valOf(r.faces(">X").vertices("<Y")).Center().toTuple(), [0.5, -0.6408563820557885, 0.2988362387301199], 6);
    }));

  // test_cadquery.py::testRect
  it("testRect: corners for every centring, negative lengths", () =>
    withScope(() => {
      const [x, y] = [10, 11];
      assert.equal(Workplane().rect(x, y).edges().size(), 4);
      for (const [cx, xval] of [[true, -x / 2], [false, 0]] as const) {
        for (const [cy, yval] of [[true, -y / 2], [false, 0]] as const) {
          const s = Workplane().rect(x, y, { centered: [cx, cy] }).vertices("<X and <Y");
          assert.equal(s.size(), 1);
          assertTupleAlmostEquals(valOf(s).toTuple(), [xval, yval, 0]);
        }
      }
      for (const option of [true, false]) {
        const v0 = valOf(Workplane().rect(x, y, { centered: option }).vertices(">X and >Y")).toTuple();
        const v1 = valOf(Workplane().rect(x, y, { centered: [option, option] }).vertices(">X and >Y")).toTuple();
        assertTupleAlmostEquals(v0, v1);
      }
      const r0 = Workplane().rect(-x, -y, { centered: false });
      assertTupleAlmostEquals(valOf(r0.vertices(">X and >Y")).toTuple(), [0, 0, 0]);
      assertTupleAlmostEquals(valOf(r0.vertices("<X and <Y")).toTuple(), [-x, -y, 0]);
      const r1 = Workplane().move(x, y).rect(-x, -y, false);
      assertTupleAlmostEquals(valOf(r1.vertices(">X and >Y")).toTuple(), [x, y, 0]);
      assertTupleAlmostEquals(valOf(r1.vertices("<X and <Y")).toTuple(), [0, 0, 0]);
      const v2 = valOf(Workplane().rect(x, y).vertices(">X and >Y")).toTuple();
      const v3 = valOf(Workplane().rect(-x, -y).vertices(">X and >Y")).toTuple();
      assertTupleAlmostEquals(v2, v3);
    }));

  // test_cadquery.py::testLoft
  it("testLoft: circle to rectangle has 7 faces; lofts cut from and added to a box", () =>
    withScope(() => {
      const s = Workplane("XY").circle(4).workplane(5).rect(2, 2).loft();
      assert.equal(s.solids().size(), 1);
      assert.equal(s.faces().size(), 7);
      const box = Workplane().box(10, 10, 10);
      const cut = box.faces(">Z").workplane().circle(2).workplane({ invert: true, offset: 12 }).rect(3, 2).loft({ combine: "cut" });
      assert.ok(valOf(box).Volume() > valOf(cut).Volume());
      const add = box.faces(">Z").workplane().circle(2).workplane(12).rect(3, 2).loft({ combine: true });
      assert.ok(valOf(add).Volume() > valOf(box).Volume());
    }));

  // test_cadquery.py::testLoftRaisesValueError
  it("testLoftRaisesValueError: nothing or one wire to loft", () =>
    withScope(() => {
      assertPartforgeError(() => Workplane().hLine(1).loft(), "SCRIPT_EXCEPTION", /nothing to loft/);
      assertPartforgeError(() => Workplane("XY").circle(5).loft(), "SCRIPT_EXCEPTION", /more than one wire or face/);
    }));

  // test_cadquery.py::testLoftCombine
  it("testLoftCombine: a loft fused onto a plate", () =>
    withScope(() => {
      const s = Workplane("front").box(4, 4, 0.25).faces(">Z").circle(1.5).workplane(3).rect(0.75, 0.5).loft({ combine: true });
      assert.equal(s.solids().size(), 1);
      assert.ok(valOf(s).Volume() > 4 * 4 * 0.25);
    }));

  // test_cadquery.py::testRevolveCylinder
  it("testRevolveCylinder: full and partial revolutions, positional and keyword axes", () =>
    withScope(() => {
      const counts = (wp: ReturnType<typeof Workplane>) => [wp.faces().size(), wp.vertices().size(), wp.edges().size()];
      const full = [3, 2, 3];
      const partial = [5, 6, 9];
      assert.deepEqual(counts(Workplane("XY").rect(10, 10, false).revolve()), full);
      assert.deepEqual(counts(Workplane("XY").rect(10, 10, false).revolve(360)), full);
      assert.deepEqual(counts(Workplane("XY").rect(10, 10, false).revolve(270)), partial);
      assert.deepEqual(counts(Workplane("XY").rect(10, 10).revolve(360, [-5, -5])), full);
      assert.deepEqual(counts(Workplane("XY").rect(10, 10).revolve(270, [-5, -5])), partial);
      assert.deepEqual(counts(Workplane("XY").rect(10, 10).revolve(360, [-5, -5], [-5, 5])), full);
      assert.deepEqual(counts(Workplane("XY").rect(10, 10).revolve(270, [-5, -5], [-5, 5])), partial);
      assert.deepEqual(counts(Workplane("XY").rect(10, 10).revolve(360, [-5, -5], [-5, 5], { combine: false })), full);
      assert.deepEqual(counts(Workplane("XY").rect(10, 10).revolve(270, [-5, -5], [-5, 5], { combine: false })), partial);
    }));

  // test_cadquery.py::testRevolveDonut
  it("testRevolveDonut: a square ring", () =>
    withScope(() => {
      const r = Workplane("XY").rect(10, 10, true).revolve(360, [20, 0], [20, 10]);
      assert.deepEqual([r.faces().size(), r.vertices().size(), r.edges().size()], [4, 4, 6]);
    }));

  // test_cadquery.py::testRevolveCone
  it("testRevolveCone: a revolved triangle", () =>
    withScope(() => {
      const r = Workplane("XY").lineTo(0, 10).lineTo(5, 0).close().revolve();
      assert.deepEqual([r.faces().size(), r.vertices().size(), r.edges().size()], [2, 2, 2]);
    }));

  // test_cadquery.py::testRevolveCut
  it("testRevolveCut: a revolved cut", () =>
    withScope(() => {
      const box = Workplane().box(10, 10, 10);
      const cut = box.transformed({ rotate: [90, 0, 0] }).move(5, 0).rect(3, 4, { centered: false }).revolve(360, [0, 0, 0], [0, 1, 0], { combine: "cut" });
      assert.ok(valOf(box).Volume() > valOf(cut).Volume());
    }));

  // test_cadquery.py::testSpline
  it("testSpline: periodic splines close, tangents change the ends, includeCurrent", () =>
    withScope(() => {
      const pts: [number, number][] = [[0, 0], [0, 1], [1, 2], [2, 4]];
      const path = valOf(Workplane("XZ").spline(pts));
      const closed = valOf(Workplane("XZ").spline(pts, { periodic: true }));
      assert.ok(closed.IsClosed());
      assert.ok(!path.IsClosed());
      const constrained = valOf(Workplane("XZ").spline(pts, { tangents: [[0, 1], [1, 0]] }));
      assert.ok(!path.tangentAt(0).equals(constrained.tangentAt(0)));
      assert.ok(!path.tangentAt(1).equals(constrained.tangentAt(1)));
      const path1 = valOf(Workplane("XZ").spline(pts.slice(1), { includeCurrent: true }));
      assertAlmostEqual(path.Length(), path1.Length());
      const path2 = Workplane("XY", { origin: [0, 0, 10] }).spline([[0, 0], [-1, 1], [-2, 0], [-1, 0]], { tangents: [[0, 1], [1, 0]] });
      assertAlmostEqual(valOf(path2).tangentAt(0).z, 0);
    }));

  // test_cadquery.py::testSplineWithMultipleTangents
  it("testSplineWithMultipleTangents: one tangent per point", () =>
    withScope(() => {
      const points: [number, number][] = [[0, 0], [1, 1], [2, 0], [1, -1]];
      const tangents: [number, number][] = [[0, 1], [1, 0], [0, -1], [-1, 0]];
      const spline = valOf(Workplane("XY").spline(points, { tangents, parameters: [0, 1, 2, 3] }));
      assertTupleAlmostEquals(spline.positionAt(0).toTuple(), [0, 0, 0]);
      assertTupleAlmostEquals(spline.positionAt(1).toTuple(), [1, -1, 0]);
    }));

  // test_cadquery.py::testSplineTangentMagnitudeBelowToleranceThrows
  it("testSplineTangentMagnitudeBelowToleranceThrows", () =>
    withScope(() => {
      assertPartforgeError(() => Workplane("XY").spline([[0, 0], [1, 1], [2, 0]], { tangents: [[0, 0], [1, 0]], tol: 1e-6 }), "SCRIPT_EXCEPTION", /tangent/);
    }));

  // test_cadquery.py::testSplineInputValidation
  it("testSplineInputValidation: tangent and parameter counts", () =>
    withScope(() => {
      const points: [number, number][] = [[0, 0], [1, 1], [2, 0]];
      assertPartforgeError(() => Workplane().spline(points, { tangents: [[0, 1]] }), "SCRIPT_EXCEPTION", /tangent/);
      assertPartforgeError(() => Workplane().spline(points, { tangents: [[0, 1], [1, 0], [0, 1], [1, 0]] }), "SCRIPT_EXCEPTION", /tangent/);
      assertPartforgeError(() => Workplane().spline(points, { periodic: false, parameters: [0, 1, 2, 3] }), "SCRIPT_EXCEPTION", /parameter/);
      assertPartforgeError(() => Workplane().spline(points, { periodic: true, parameters: [0, 1, 2] }), "SCRIPT_EXCEPTION", /parameter/);
    }));

  // test_cadquery.py::testRotatedEllipse
  it("testRotatedEllipse: arc ends with rotation, startAtCurrent and sense", () =>
    withScope(() => {
      const rad = Math.PI / 180;
      const rotate = (x: number, y: number, a: number) => [x * Math.cos(a * rad) - y * Math.sin(a * rad), x * Math.sin(a * rad) + y * Math.cos(a * rad)];
      const at = (r1: number, r2: number, a: number) => [r1 * Math.cos(a * rad), r2 * Math.sin(a * rad)];
      const p0 = [10, 20];
      const [a1, a2, r1, r2, ra] = [30, -60, 20, 10, 25];
      const [sx, sy] = rotate(at(r1, r2, a1)[0]!, at(r1, r2, a1)[1]!, ra) as [number, number];
      const [ex, ey] = rotate(at(r1, r2, a2)[0]!, at(r1, r2, a2)[1]!, ra) as [number, number];
      const arc1 = valOf(Workplane("XY").moveTo(p0[0]!, p0[1]!).ellipseArc(r1, r2, { startAtCurrent: false, angle1: a1, angle2: a2, rotation_angle: ra }));
      assertTupleAlmostEquals(arc1.startPoint().toTuple().slice(0, 2), [p0[0]! + sx, p0[1]! + sy]);
      assertTupleAlmostEquals(arc1.endPoint().toTuple().slice(0, 2), [p0[0]! + ex, p0[1]! + ey]);
      const arc2 = valOf(Workplane("XY").moveTo(p0[0]!, p0[1]!).ellipseArc(r1, r2, { startAtCurrent: true, angle1: a1, angle2: a2, rotation_angle: ra }));
      assertTupleAlmostEquals(arc2.startPoint().toTuple().slice(0, 2), [p0[0]!, p0[1]!]);
      assertTupleAlmostEquals(arc2.endPoint().toTuple().slice(0, 2), [p0[0]! + ex - sx, p0[1]! + ey - sy]);
      const arc3 = valOf(Workplane("XY").moveTo(p0[0]!, p0[1]!).ellipseArc(r1, r2, { startAtCurrent: false, angle1: a1, angle2: a2, rotation_angle: ra, sense: -1 }));
      assertTupleAlmostEquals(arc3.startPoint().toTuple().slice(0, 2), [p0[0]! + ex, p0[1]! + ey]);
      assertTupleAlmostEquals(arc3.endPoint().toTuple().slice(0, 2), [p0[0]! + sx, p0[1]! + sy]);
      const arc4 = Workplane("XY").moveTo(p0[0]!, p0[1]!).ellipseArc(r1, r2, { startAtCurrent: true, angle1: a1, angle2: a2, rotation_angle: ra, sense: -1, makeWire: true });
      assert.equal(arc4.state.pendingWires.length, 1);
      assertTupleAlmostEquals(valOf(arc4).startPoint().toTuple().slice(0, 2), [p0[0]!, p0[1]!]);
      assertTupleAlmostEquals(valOf(arc4).endPoint().toTuple().slice(0, 2), [p0[0]! + sx - ex, p0[1]! + sy - ey]);
    }));

  // test_cadquery.py::testEllipseArcsClockwise
  it("testEllipseArcsClockwise: four clockwise arcs close the loop", () =>
    withScope(() => {
      const arc = Workplane("XY").moveTo(10, 15).ellipseArc(5, 4, { angle1: -10, angle2: 190, rotation_angle: 45, sense: -1, startAtCurrent: false });
      const sp = valOf(arc).startPoint();
      const ep = valOf(arc).endPoint();
      assertTupleAlmostEquals([sp.x, sp.y], [7.009330014275797, 11.027027582524015]);
      assertTupleAlmostEquals([ep.x, ep.y], [13.972972417475985, 17.990669985724203]);
      const chained = arc
        .ellipseArc(5, 4, { angle1: -10, angle2: 190, rotation_angle: 315, sense: -1 })
        .ellipseArc(5, 4, { angle1: -10, angle2: 190, rotation_angle: 225, sense: -1 })
        .ellipseArc(5, 4, { angle1: -10, angle2: 190, rotation_angle: 135, sense: -1 });
      const end = valOf(chained).endPoint();
      assertTupleAlmostEquals([sp.x, sp.y], [end.x, end.y]);
    }));

  // test_cadquery.py::testEllipseArcsCounterClockwise
  it("testEllipseArcsCounterClockwise: four counter-clockwise arcs close the loop", () =>
    withScope(() => {
      const arc = Workplane("XY").moveTo(10, 15).ellipseArc(5, 4, { angle1: -10, angle2: 190, rotation_angle: 45, startAtCurrent: false });
      const sp = valOf(arc).startPoint();
      const ep = valOf(arc).endPoint();
      assertTupleAlmostEquals([sp.x, sp.y], [13.972972417475985, 17.990669985724203]);
      assertTupleAlmostEquals([ep.x, ep.y], [7.009330014275797, 11.027027582524015]);
      const chained = arc
        .ellipseArc(5, 4, { angle1: -10, angle2: 190, rotation_angle: 315 })
        .ellipseArc(5, 4, { angle1: -10, angle2: 190, rotation_angle: 225 })
        .ellipseArc(5, 4, { angle1: -10, angle2: 190, rotation_angle: 135 });
      const end = valOf(chained).endPoint();
      assertTupleAlmostEquals([sp.x, sp.y], [end.x, end.y]);
    }));

  // test_cadquery.py::testEllipseCenterAndMoveTo
  it("testEllipseCenterAndMoveTo: the same arc twice", () =>
    withScope(() => {
      const make = () => valOf(Workplane("XY").moveTo(10, 20).ellipseArc(20, 10, { startAtCurrent: false, angle1: 30, angle2: -60, rotation_angle: 25 }));
      assertTupleAlmostEquals(make().startPoint().toTuple(), make().startPoint().toTuple());
      assertTupleAlmostEquals(make().endPoint().toTuple(), make().endPoint().toTuple());
    }));

  // test_cadquery.py::testMakeEllipse
  it("testMakeEllipse: a full ellipse is one closed edge", () =>
    withScope(() => {
      const wire = valOf(Workplane().ellipse(2, 4));
      assert.equal(wire.Edges().length, 1);
      assert.ok(wire.IsClosed());
    }));

  // test_cadquery.py::testTwistExtrude
  it("testTwistExtrude: six faces, kept apart", () =>
    withScope(() => {
      assert.equal(Workplane("XY").rect(10, 10).twistExtrude(10, 45, { combine: false }).faces().size(), 6);
    }));

  // test_cadquery.py::testTwistExtrudeCombineCut
  it("testTwistExtrudeCombineCut: a twisted pocket", () =>
    withScope(() => {
      const box = Workplane().box(10, 10, 10);
      const cut = box.faces(">Z").workplane({ invert: true }).rect(1.5, 5).twistExtrude(10, 90, { combine: "cut" });
      assert.ok(valOf(box).Volume() > valOf(cut).Volume());
    }));

  // test_cadquery.py::testTwistExtrudeCombine
  it("testTwistExtrudeCombine: six faces, combined", () =>
    withScope(() => {
      assert.equal(Workplane("XY").rect(10, 10).twistExtrude(10, 45).faces().size(), 6);
    }));

  // test_cadquery.py::testRectArray
  it("testRectArray: bosses on a grid, corner points for each centring", () =>
    withScope(() => {
      const s = Workplane("XY").box(40, 40, 5, { centered: [true, true, true] }).faces(">Z").workplane().rarray(8, 8, 3, 3, { center: true }).circle(2).extrude(2);
      assert.equal(s.faces().size(), 6 + 9 * 2);
      for (const [xOpt, xMin, xMax] of [[true, -8, 8], [false, 0, 16]] as const) {
        for (const [yOpt, yMin, yMax] of [[true, -8, 8], [false, 0, 16]] as const) {
          const points = Workplane().rarray(8, 8, 3, 3, { center: [xOpt, yOpt] }).vals().map((p) => p.toTuple());
          assert.ok(points.some((p) => new Vector(...p).equals([xMin, yMin, 0])));
          assert.ok(points.some((p) => new Vector(...p).equals([xMax, yMax, 0])));
        }
      }
      for (const value of [true, false]) {
        const s0 = Workplane().rarray(8, 8, 3, 3, { center: value }).vals().map((p) => p.toTuple());
        const s1 = Workplane().rarray(8, 8, 3, 3, { center: [value, value] }).vals().map((p) => p.toTuple());
        assert.deepEqual(s0, s1);
      }
    }));

  // test_cadquery.py::testPolarArray
  it("testPolarArray: positions, fill, rotation and a rectangle pattern", () =>
    withScope(() => {
      const r = 10;
      const xy = (wp: ReturnType<typeof Workplane>, i: number) => wp.vals()[i]!.toTuple();
      let s = Workplane("XY").polarArray(r, 0, 180, 3);
      assert.equal(s.size(), 3);
      assertTupleAlmostEquals(xy(s, 0), [r, 0, 0]);
      s = Workplane("XY").polarArray(r, 0, 360, 4);
      assert.equal(s.size(), 4);
      assertTupleAlmostEquals(xy(s, 0), [r, 0, 0]);
      s = Workplane("XY").polarArray(r, 0, 90, 3, { fill: false });
      assertTupleAlmostEquals(xy(s, 2), [-r, 0, 0]);
      s = Workplane("XY").polarArray(r, 90, 180, 3);
      assertTupleAlmostEquals(xy(s, 0), [0, r, 0]);
      assertPartforgeError(() => Workplane().polarArray(r, 20, 180, 0), "SCRIPT_EXCEPTION", /count/);
      s = Workplane().polarArray(r, 20, 0, 1);
      assert.equal(s.size(), 1);
      assertTupleAlmostEquals(valOf(Workplane().polarLine(r, 20)).positionAt(1).toTuple(), xy(s, 0));
      const plates = Workplane().center(2, -4).polarArray(2, 10, 50, 3).rect(1, 0.5).extrude(1);
      assert.equal(plates.solids().size(), 3);
      assertTupleAlmostEquals(valOf(plates.vertices(">Y and >Z")).toTuple(), [3.0334936490538906, -1.7099364905389036, 1.0], 6);
    }));

  // test_cadquery.py::testNestedCircle
  it("testNestedCircle: rings on a plate", () =>
    withScope(() => {
      const s = Workplane("XY").box(40, 40, 5).pushPoints([[10, 0], [0, 10]]).circle(4).circle(2).extrude(4);
      assert.equal(s.faces().size(), 14);
    }));

  // test_cadquery.py::testConcentricEllipses
  it("testConcentricEllipses: the second ellipse is centred on the moved origin", () =>
    withScope(() => {
      const wp = Workplane("XY").center(10, 20).ellipse(100, 10).center(0, 0).ellipse(50, 5);
      const v = wp.vertices().vals()[0]!;
      assertTupleAlmostEquals(v.toTuple().slice(0, 2), [60, 20]);
    }));

  // test_cadquery.py::testLegoBrick
  it("testLegoBrick: shell, bumps and posts make one solid", () =>
    withScope(() => {
      const [lbumps, wbumps, P, c] = [8, 2, 8, 0.1];
      const H = 1.2 * P;
      const bumpDiam = 4.8;
      const t = (P - 2 * c - bumpDiam) / 2;
      const postDiam = P - t;
      let s = Workplane("XY").box(lbumps * P - 2 * c, wbumps * P - 2 * c, H);
      s = s.faces("<Z").shell(-t);
      s = s.faces(">Z").workplane().rarray(P, P, lbumps, wbumps, { center: true }).circle(bumpDiam / 2).extrude(1.8);
      const posts = s.faces("<Z").workplane({ invert: true }).rarray(P, P, lbumps - 1, wbumps - 1, { center: true }).circle(postDiam / 2).circle(bumpDiam / 2).extrude(H - t);
      assert.equal(posts.solids().size(), 1);
      assert.ok(valOf(posts).isValid());
    }));

  // test_cadquery.py::testAngledHoles
  it("testAngledHoles: holes through a tilted construction rectangle", () =>
    withScope(() => {
      const s = Workplane("front").box(4, 4, 0.25).faces(">Z").workplane().transformed({ offset: new Vector(0, -1.5, 1), rotate: new Vector(60, 0, 0) }).rect(1.5, 1.5, { forConstruction: true }).vertices().hole(0.25);
      assert.equal(s.faces().size(), 10);
    }));

  // test_cadquery.py::testTranslateSolid
  it("testTranslateSolid: the bottom moves up by 1.5", () =>
    withScope(() => {
      const c = unitCube();
      assertAlmostEqual(valOf(c.faces("<Z").vertices().item(0)).Z, 0, 3);
      assertAlmostEqual(valOf(c.translate(new Vector(0, 0, 1.5)).faces("<Z").vertices().item(0)).Z, 1.5, 3);
    }));

  // test_cadquery.py::testTranslateWire
  it("testTranslateWire: a wire moves too", () =>
    withScope(() => {
      const c = Workplane().rect(1, 1).translate([0, 0, 1.5]);
      assertAlmostEqual(valOf(c.vertices().item(0)).Z, 1.5, 3);
    }));

  // test_cadquery.py::testSolidReferencesCombine
  it("testSolidReferencesCombine: the original cube keeps six faces", () =>
    withScope(() => {
      const c = unitCube();
      assert.equal(c.faces().size(), 6);
      const r = c.faces(">Z").workplane().circle(0.125).extrude(0.5, { combine: true });
      assert.equal(r.faces().size(), 8);
      assert.equal(c.faces().size(), 6);
    }));

  // test_cadquery.py::testSolidReferencesCombineTrue
  it("testSolidReferencesCombineTrue", () =>
    withScope(() => {
      const s = Workplane(Plane.XY());
      const r = s.rect(2, 2).extrude(0.5);
      assert.equal(r.faces().size(), 6);
      assert.equal(s.faces().size(), 0);
      assert.equal(r.faces(">Z").workplane().rect(0.25, 0.25).extrude(0.5, { combine: true }).faces().size(), 11);
      assert.equal(r.faces().size(), 6);
    }));

  // test_cadquery.py::testSolidReferenceCombineFalse
  it("testSolidReferenceCombineFalse", () =>
    withScope(() => {
      const r = Workplane(Plane.XY()).rect(2, 2).extrude(0.5);
      assert.equal(r.faces(">Z").workplane().rect(0.25, 0.25).extrude(0.5, { combine: false }).faces().size(), 6);
      assert.equal(r.faces().size(), 6);
    }));

  // test_cadquery.py::testSimpleWorkplane
  it("testSimpleWorkplane: a square with a blind hole", () =>
    withScope(() => {
      const r = Workplane(Plane.XY()).rect(2, 2).extrude(0.5).faces(">Z").workplane().circle(0.25).cutBlind(-1);
      assert.equal(r.faces().size(), 7);
    }));

  // test_cadquery.py::testMultiFaceWorkplane
  it("testMultiFaceWorkplane: a workplane on two coplanar faces", () =>
    withScope(() => {
      const s = Workplane("XY").box(1, 1, 1).faces(">Z").rect(1, 0.5).cutBlind(-0.2);
      const o = s.faces(">Z").workplane().plane.origin;
      assertTupleAlmostEquals(o.toTuple(), [0, 0, 0.5]);
      assertPartforgeError(() => s.faces("+Y").workplane(), "SCRIPT_EXCEPTION", /coplanar/);
    }));

  // test_cadquery.py::testMultiWireWorkplane
  it("testMultiWireWorkplane: a square with a hole in one extrusion", () =>
    withScope(() => {
      assert.equal(Workplane(Plane.XY()).rect(2, 2).circle(0.25).extrude(0.5).faces().size(), 7);
    }));

  // test_cadquery.py::testConstructionWire
  it("testConstructionWire: bosses at the corners of a construction square on YZ", () =>
    withScope(() => {
      const r = Workplane(Plane.YZ()).rect(2, 2).rect(1.3, 1.3, { forConstruction: true }).vertices().circle(0.125).extrude(0.5);
      assert.equal(r.faces().size(), 10);
    }));

  // test_cadquery.py::testTwoWorkplanes
  it("testTwoWorkplanes: a side hole after corner bosses", () =>
    withScope(() => {
      const r = Workplane(Plane.XY()).rect(2, 2).rect(1.3, 1.3, { forConstruction: true }).vertices().circle(0.125).extrude(0.5);
      assert.equal(r.faces(">Y").workplane().circle(0.125).cutBlind(-1.9).faces().size(), 12);
    }));

  // test_cadquery.py::testCut
  it("testCut: cutting a solid; a face is refused", () =>
    withScope(() => {
      const s = Workplane(Plane.XY());
      const current = s.rect(2, 2).extrude(0.5);
      const toCut = s.rect(1, 1).extrude(0.5);
      assert.equal(current.cut(valOf(toCut)).faces().size(), 10);
      assertPartforgeError(() => current.cut(valOf(toCut.faces())), "SCRIPT_EXCEPTION", /expected a Workplane or a solid/);
      assertPartforgeError(() => Workplane().hLine(1).vLine(1).close().cut(valOf(toCut)), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testIntersect
  it("testIntersect: half-unit volumes", () =>
    withScope(() => {
      const s = Workplane(Plane.XY());
      const current = s.rect(2, 2).extrude(0.5);
      const other = s.rect(1, 1).extrude(1);
      let r = current.intersect(valOf(other));
      assert.equal(r.faces().size(), 6);
      assertAlmostEqual(valOf(r).Volume(), 0.5);
      r = current.intersect(other);
      assertAlmostEqual(valOf(r).Volume(), 0.5);
      const b1 = Workplane("XY").box(1, 1, 1);
      const b2 = Workplane("XY", { origin: [0, 0, 0.5] }).box(1, 1, 1);
      assertAlmostEqual(valOf(b1.intersect(b2)).Volume(), 0.5);
      assertPartforgeError(() => b1.intersect(valOf(b2.faces())), "SCRIPT_EXCEPTION", /expected a Workplane or a solid/);
      assertPartforgeError(() => Workplane().intersect(other), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testBoundingBox
  it("testBoundingBox: centre and extent of an extruded profile", () =>
    withScope(() => {
      const profile = Workplane("XY")
        .moveTo(10, 0).lineTo(5, 0).threePointArc([3.9393, 0.4393], [3.5, 1.5]).threePointArc([3.0607, 2.5607], [2, 3])
        .lineTo(1.5, 3).threePointArc([0.4393, 3.4393], [0, 4.5]).lineTo(0, 13.5).threePointArc([0.4393, 14.5607], [1.5, 15])
        .lineTo(28, 15).lineTo(28, 13.5).lineTo(24, 13.5).lineTo(24, 11.5).lineTo(27, 11.5).lineTo(27, 10).lineTo(22, 10)
        .lineTo(22, 13.2).lineTo(14.5, 13.2).lineTo(14.5, 10).lineTo(12.5, 10).lineTo(12.5, 13.2).lineTo(5.5, 13.2).lineTo(5.5, 2)
        .threePointArc([5.793, 1.293], [6.5, 1]).lineTo(10, 1).close();
      const bb = valOf(profile.extrude(100)).BoundingBox();
      assertTupleAlmostEquals(bb.center.toTuple(), [14, 7.5, 50]);
      assertTupleAlmostEquals([bb.xmin, bb.xmax, bb.ymin, bb.ymax, bb.zmin, bb.zmax], [0, 28, 0, 15, 0, 100], 2);
    }));

  // test_cadquery.py::testCutThroughAll
  it("testCutThroughAll: through holes, and a sphere cut three ways", () =>
    withScope(() => {
      const r = Workplane(Plane.XY()).rect(2, 2).rect(1.3, 1.3, { forConstruction: true }).vertices().circle(0.125).extrude(0.5);
      let t = r.circle(0.5).cutThruAll();
      assert.equal(t.faces().size(), 11);
      t = t.faces(">Y").workplane({ centerOption: "CenterOfMass" }).circle(0.125).cutThruAll();
      assert.equal(t.faces().size(), 13);
      const sphere = Workplane().sphere(10).workplane().circle(5).cutThruAll()
        .workplane().transformed({ rotate: [90, 0, 0] }).circle(5).cutThruAll()
        .workplane().transformed({ rotate: [0, 90, 0] }).circle(5).cutThruAll();
      assert.ok(valOf(sphere).isValid());
      assert.equal(sphere.faces().size(), 7);
      assertPartforgeError(() => Workplane().hLine(1).vLine(1).close().cutThruAll(), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testWorkplaneOnExistingSolid
  it("testWorkplaneOnExistingSolid: a ring on a cube", () =>
    withScope(() => {
      assert.equal(unitCube().faces(">Z").workplane().circle(0.25).circle(0.125).extrude(0.25).faces().size(), 10);
    }));

  // test_cadquery.py::testWorkplaneCenterMove
  it("testWorkplaneCenterMove: a boss at a corner", () =>
    withScope(() => {
      assert.equal(Workplane("XY").box(1, 1, 1).faces(">Z").workplane().center(-0.5, -0.5).circle(0.25).extrude(0.2).faces().size(), 9);
    }));

  // test_cadquery.py::testBasicLines
  it("testBasicLines: a triangular boss and holes through it", () =>
    withScope(() => {
      const s = Workplane(Plane.XY());
      const r = s.lineTo(1, 0).lineTo(0, 1).close().wire().extrude(0.25);
      assert.equal(s.faces().size(), 0);
      assert.equal(r.faces().size(), 5);
      const r1 = r.faces("+XY").workplane({ centerOption: "CenterOfMass" }).circle(0.08).cutThruAll();
      assert.equal(r1.faces().size(), 6);
      const r2 = r1.faces("+Z").workplane({ centerOption: "CenterOfMass" }).circle(0.08).cutThruAll();
      assert.equal(r2.faces().size(), 9);
    }));

  // test_cadquery.py::test2DDrawing
  it("test2DDrawing: lines, arcs and closes make single wires; sagitta and radius arcs match", () =>
    withScope(() => {
      let r = Workplane(Plane.XY()).hLineTo(1).vLineTo(1).hLineTo(0).close();
      assert.equal(r.wire().size(), 1);
      assert.equal(r.edges().size(), 4);
      r = Workplane(Plane.XY()).hLine(1).vLine(1).hLine(-1).close();
      assert.equal(r.edges().size(), 4);
      r = Workplane(Plane.XY()).move(1, 1).hLine(1).vLine(1).hLine(-1).close();
      assert.equal(r.edges().size(), 4);
      const nearest = valOf(r.vertices(new NearestToPointSelector([0, 0, 0])).first());
      assert.deepEqual([nearest.X, nearest.Y], [1, 1]);
      const a1 = valOf(Workplane(Plane.YZ()).threePointArc([5, 1], [10, 0]).edges().first());
      const a2 = valOf(Workplane(Plane.YZ()).sagittaArc([10, 0], -1).edges().first());
      const a3 = valOf(Workplane(Plane.YZ()).threePointArc([6, 2], [12, 0]).edges().first());
      const a4 = valOf(Workplane(Plane.YZ()).radiusArc([12, 0], -10).edges().first());
      for (const arc of [a1, a2, a3, a4]) assert.equal(arc.geomType, "CIRCLE");
      assertAlmostEqual(a1.Length(), a2.Length());
      assertAlmostEqual(a3.Length(), a4.Length());
    }));

  // test_cadquery.py::testPolarLines
  it("testPolarLines: a five-edge wire; polar line ends", () =>
    withScope(() => {
      const r = Workplane(Plane.XY()).polarLine(10, 45).polarLineTo(10, -45).polarLine(10, -180).polarLine(-10, -90).close();
      assert.equal(r.wires().size(), 1);
      assert.equal(r.wires().edges().size(), 5);
      assertTupleAlmostEquals(valOf(Workplane().polarLineTo(1, 20)).positionAt(1).toTuple(), [0.9396926207859084, 0.3420201433256687, 0], 6);
      assertTupleAlmostEquals(valOf(Workplane().move(1, 1).polarLine(1, 20)).positionAt(1).toTuple(), [1.9396926207859084, 1.3420201433256687, 0], 6);
    }));

  // test_cadquery.py::testLargestDimension
  it("testLargestDimension: the unit cube's diagonal; none without a solid", () =>
    withScope(() => {
      assertAlmostEqual(Workplane("XY").box(1, 1, 1).largestDimension(), 1.76, 1);
      assertAlmostEqual(Workplane("XY").rect(1, 1).extrude(1).largestDimension(), 1.76, 1);
      assertPartforgeError(() => Workplane("XY").largestDimension(), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testOccBottle
  it("testOccBottle: OCC's bottle profile mirrored, extruded both ways, necked and shelled", () =>
    withScope(() => {
      const [L, w, t] = [20, 6, 3];
      const p = Workplane(Plane.XY()).center(-L / 2, 0).vLine(w / 2).threePointArc([L / 2, w / 2 + t], [L, w / 2]).vLine(-w / 2).mirrorX().extrude(30, { both: true });
      assert.equal(p.faces(">Z").workplane().circle(3).extrude(2, { combine: true }).solids().size(), 1);
      assert.ok(valOf(p.faces(">Z").shell(0.3)).isValid());
    }));

  // test_cadquery.py::testSplineShape
  it("testSplineShape: a profile closed by a spline extrudes", () =>
    withScope(() => {
      const pts: [number, number][] = [[2.75, 1.5], [2.5, 1.75], [2, 1.5], [1.5, 1], [1, 1.25], [0.5, 1], [0, 1]];
      const r = Workplane(Plane.XY()).lineTo(3, 0).lineTo(3, 1).spline(pts).close().extrude(0.5);
      // CadQuery only checks that this builds (the spline does not start at the current point)
      assert.equal(r.solids().size(), 1);
    }));

  // test_cadquery.py::testSimpleMirror
  it("testSimpleMirror: six faces", () =>
    withScope(() => {
      assert.equal(Workplane("XY").lineTo(2, 2).threePointArc([3, 1], [2, 0]).mirrorX().extrude(0.25).faces().size(), 6);
    }));

  // test_cadquery.py::testUnorderedMirror
  it("testUnorderedMirror: one wire of 18 edges", () =>
    withScope(() => {
      const [r, s, t] = [20, 7, 1.5];
      const points: [number, number][] = [[0, 0], [0, t / 2], [r / 2 - 1.5 * t, r / 2 - t], [s / 2, r / 2 - t], [s / 2, r / 2], [r / 2, r / 2], [r / 2, s / 2], [r / 2 - t, s / 2], [r / 2 - t, r / 2 - 1.5 * t], [t / 2, 0]];
      let m = Workplane("XY").polyline(points).mirrorX();
      assert.equal(m.wires().size(), 1);
      assert.equal(m.edges().size(), 18);
      m = Workplane("XY").polyline(points.slice(1), { includeCurrent: true }).mirrorX();
      assert.equal(m.wires().size(), 1);
      assert.equal(m.edges().size(), 18);
    }));

  // test_cadquery.py::testChainedMirror
  it("testChainedMirror: mirrorX().mirrorY() gives a top face of 32 edges", () =>
    withScope(() => {
      const [r, s, t] = [20, 7, 1.5];
      const points: [number, number][] = [[0, t / 2], [r / 2 - 1.5 * t, r / 2 - t], [s / 2, r / 2 - t], [s / 2, r / 2], [r / 2, r / 2], [r / 2, s / 2], [r / 2 - t, s / 2], [r / 2 - t, r / 2 - 1.5 * t], [t / 2, 0]];
      const top = Workplane("XY").polyline(points).mirrorX().mirrorY().extrude(1).faces(">Z");
      assert.equal(top.wires().size(), 1);
      assert.equal(top.edges().size(), 32);
    }));

  // test_cadquery.py::testIbeam
  it("testIbeam: a mirrored I profile", () =>
    withScope(() => {
      const [L, H, W, t] = [100, 20, 20, 1];
      const pts: [number, number][] = [[0, 0], [0, H / 2], [W / 2, H / 2], [W / 2, H / 2 - t], [t / 2, H / 2 - t], [t / 2, t - H / 2], [W / 2, t - H / 2], [W / 2, -H / 2], [0, -H / 2]];
      const beam = Workplane(Plane.XY()).polyline(pts).mirrorY().extrude(L);
      // two flanges W·t and a web t·(H − 2t), times L
      assertAlmostEqual(valOf(beam).Volume(), (2 * W * t + t * (H - 2 * t)) * L, 6);
    }));
});
