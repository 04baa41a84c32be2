/**
 * Ports of CadQuery's tests/test_cadquery.py (part 2: fillets, chamfers, holes, splits, shells,
 * primitives, lofts, booleans, clean, tags, curves, sections). Each case names its origin;
 * expected counts and numbers are CadQuery's.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Plane, Vector, Workplane, type Shape } from "../../../src/api/index.ts";
import { withScope } from "../../../src/kernel/index.ts";
import { assertPartforgeError } from "../../helpers/geometry.ts";
import { assertAlmostEqual, assertTupleAlmostEquals, cube, unitCube, valOf, withKernelLoaded } from "./helpers.ts";

const PI = Math.PI;

describe("CadQuery tests/test_cadquery.py, part 2", () => {
  withKernelLoaded();

  // test_cadquery.py::testFillet
  it("testFillet: vertical edges of a cube with a boss", () =>
    withScope(() => {
      const c = unitCube().faces(">Z").workplane().circle(0.25).extrude(0.25, { combine: true }).edges("|Z").fillet(0.2);
      assert.equal(c.faces().size(), 12);
      assertPartforgeError(() => Workplane().hLine(1).vLine(1).close().fillet(0.1), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testChamfer
  it("testChamfer: the top edges", () =>
    withScope(() => {
      assert.equal(unitCube().faces(">Z").chamfer(0.1).faces().size(), 10);
      assertPartforgeError(() => Workplane().hLine(1).vLine(1).close().chamfer(0.1), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testChamferAsymmetrical
  it("testChamferAsymmetrical: edge lengths 0.6 and 0.9", () =>
    withScope(() => {
      const c = unitCube().faces(">Z").chamfer(0.1, 0.2);
      assert.equal(c.faces().size(), 10);
      assertAlmostEqual((c.edges(">Z").vals()[0] as Shape).Length(), 0.6, 3);
      assertAlmostEqual((c.edges("|Z").vals()[0] as Shape).Length(), 0.9, 3);
    }));

  // test_cadquery.py::testChamferCylinder
  it("testChamferCylinder: four faces", () =>
    withScope(() => {
      assert.equal(Workplane("XY").circle(1).extrude(1).faces(">Z").chamfer(0.1).faces().size(), 4);
    }));

  // test_cadquery.py::testCounterBores
  it("testCounterBores: blind and through counterbores", () =>
    withScope(() => {
      const pnts: [number, number][] = [[-1, -1], [0, 0], [1, 1]];
      assert.equal(cube(3).faces(">Z").workplane().pushPoints(pnts).cboreHole(0.1, 0.25, 0.25, 0.75).faces().size(), 18);
      assert.equal(cube(3).faces(">Z").workplane().pushPoints(pnts).cboreHole(0.1, 0.25, 0.25).faces().size(), 15);
    }));

  // test_cadquery.py::testCounterSinks
  it("testCounterSinks: four countersinks through a plate", () =>
    withScope(() => {
      const r = Workplane(Plane.XY()).rect(2, 4).extrude(0.5).faces(">Z").workplane().rect(1.5, 3.5, { forConstruction: true }).vertices().cskHole(0.125, 0.25, 82);
      assert.equal(r.solids().size(), 1);
      assert.ok(valOf(r).Volume() < 4);
    }));

  // test_cadquery.py::testSplitKeepingHalf
  it("testSplitKeepingHalf: eight faces", () =>
    withScope(() => {
      const c = unitCube().faces(">Z").workplane().circle(0.25).cutThruAll();
      assert.equal(c.faces().size(), 7);
      assert.equal(c.faces(">Y").workplane(-0.5).split({ keepTop: true }).faces().size(), 8);
    }));

  // test_cadquery.py::testSplitKeepingBoth
  it("testSplitKeepingBoth: two solids of eight faces", () =>
    withScope(() => {
      const c = unitCube().faces(">Z").workplane().circle(0.25).cutThruAll();
      const r = c.faces(">Y").workplane(-0.5).split({ keepTop: true, keepBottom: true });
      assert.equal(r.solids().size(), 2);
      assert.equal(r.solids().item(0).faces().size(), 8);
      assert.equal(r.solids().item(1).faces().size(), 8);
    }));

  // test_cadquery.py::testSplitKeepingBottom
  it("testSplitKeepingBottom: one solid of eight faces", () =>
    withScope(() => {
      const c = unitCube().faces(">Z").workplane().circle(0.25).cutThruAll();
      const r = c.faces(">Y").workplane(-0.5).split({ keepTop: false, keepBottom: true });
      assert.equal(r.solids().size(), 1);
      assert.equal(r.solids().item(0).faces().size(), 8);
    }));

  // test_cadquery.py::testSplitError
  it("testSplitError: no solid, or nothing kept", () =>
    withScope(() => {
      const w = Workplane().hLine(1).vLine(1).close();
      assertPartforgeError(() => w.split({ keepTop: true }), "SCRIPT_EXCEPTION", /no solid/);
      assertPartforgeError(() => Workplane().box(1, 1, 1).split({ keepTop: false, keepBottom: false }), "SCRIPT_EXCEPTION", /keep at least one half/);
    }));

  // test_cadquery.py::testBoxDefaults
  it("testBoxDefaults: one solid", () =>
    withScope(() => {
      assert.equal(Workplane("XY").box(2, 3, 4).solids().size(), 1);
    }));

  // test_cadquery.py::testSimpleShell
  it("testSimpleShell: open box, and intersection/arc joins on an ellipse", () =>
    withScope(() => {
      assert.equal(Workplane("XY").box(2, 2, 2).faces("+Z").shell(0.05).faces().size(), 23);
      assert.equal(Workplane().ellipse(4, 2).extrude(4).faces(">Z").shell(2, { kind: "intersection" }).faces().size(), 5);
      assert.equal(Workplane().ellipse(4, 2).extrude(4).faces(">Z").shell(2, { kind: "arc" }).faces().size(), 6);
      assertPartforgeError(() => Workplane().hLine(1).vLine(1).close().shell(1), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testClosedShell
  it("testClosedShell: hollow boxes inwards and outwards, and a thin wedge", () =>
    withScope(() => {
      const inward = Workplane("XY").box(2, 2, 2).shell(-0.1);
      assert.equal(inward.faces().size(), 12);
      assert.ok(valOf(inward).isValid());
      const outward = Workplane("XY").box(2, 2, 2).shell(0.1);
      assert.equal(outward.faces().size(), 32);
      assert.ok(valOf(outward).isValid());
      const pts: [number, number][] = [[1, 0], [0.3, 0.2], [0, 0], [0.3, -0.1], [1, -0.03]];
      assert.ok(valOf(Workplane().polyline(pts).close().extrude(1).shell(-0.05)).isValid());
    }));

  // test_cadquery.py::testOpenCornerShell
  it("testOpenCornerShell: three faces opened at a corner", () =>
    withScope(() => {
      const s = Workplane("XY").box(1, 1, 1);
      const open = s.faces("+Z").add(s.faces("+Y")).add(s.faces("+X"));
      assert.equal(open.size(), 3);
      assert.ok(valOf(open.shell(0.2)).isValid());
    }));

  // test_cadquery.py::testTopFaceFillet
  it("testTopFaceFillet: ten faces", () =>
    withScope(() => {
      assert.equal(Workplane("XY").box(1, 1, 1).faces("+Z").edges().fillet(0.1).faces().size(), 10);
    }));

  // test_cadquery.py::testBoxPointList
  it("testBoxPointList: four boxes combined into one object, or kept apart", () =>
    withScope(() => {
      let s = Workplane("XY").rect(4, 4, { forConstruction: true }).vertices().box(0.25, 0.25, 0.25, { combine: true });
      assert.equal(s.solids().size(), 4);
      assert.equal(s.size(), 1);
      s = Workplane("XY").rect(4, 4, { forConstruction: true }).vertices().box(0.25, 0.25, 0.25, { combine: false });
      assert.equal(s.size(), 4);
      assert.equal(s.solids().size(), 4);
    }));

  // test_cadquery.py::testBoxCombine
  it("testBoxCombine: one solid of 26 faces", () =>
    withScope(() => {
      const s = Workplane("XY").box(4, 4, 0.5).faces(">Z").workplane().rect(3, 3, { forConstruction: true }).vertices().box(0.25, 0.25, 0.25, { combine: true });
      assert.equal(s.solids().size(), 1);
      assert.equal(s.faces().size(), 26);
    }));

  // test_cadquery.py::testBoxCentered
  it("testBoxCentered: the lower corner for every centring", () =>
    withScope(() => {
      const [x, y, z] = [10, 11, 12];
      for (const cx of [true, false]) for (const cy of [true, false]) for (const cz of [true, false]) {
        const s = Workplane().box(x, y, z, { centered: [cx, cy, cz] }).vertices("<X and <Y and <Z");
        assert.equal(s.size(), 1);
        assertTupleAlmostEquals(valOf(s).toTuple(), [cx ? -x / 2 : 0, cy ? -y / 2 : 0, cz ? -z / 2 : 0]);
      }
      for (const value of [true, false]) {
        const s0 = Workplane().box(x, y, z, { centered: value }).vertices(">X and >Y and >Z");
        const s1 = Workplane().box(x, y, z, { centered: [value, value, value] }).vertices(">X and >Y and >Z");
        assertTupleAlmostEquals(valOf(s0).toTuple(), valOf(s1).toTuple());
      }
    }));

  // test_cadquery.py::testSphereDefaults
  it("testSphereDefaults: one face", () =>
    withScope(() => {
      const s = Workplane("XY").sphere(10);
      assert.equal(s.solids().size(), 1);
      assert.equal(s.faces().size(), 1);
    }));

  // test_cadquery.py::testSphereCustom
  it("testSphereCustom: a quarter sphere, and centres for every centring", () =>
    withScope(() => {
      const s = Workplane("XY").sphere(10, { angle1: 0, angle2: 90, angle3: 360, centered: [false, false, false] });
      assert.equal(s.solids().size(), 1);
      assert.equal(s.faces().size(), 2);
      for (const cx of [true, false]) for (const cy of [true, false]) for (const cz of [true, false]) {
        const sphere = Workplane().sphere(10, { centered: [cx, cy, cz] });
        assertTupleAlmostEquals(valOf(sphere).Center().toTuple(), [cx ? 0 : 10, cy ? 0 : 10, cz ? 0 : 10]);
      }
    }));

  // test_cadquery.py::testSpherePointList
  it("testSpherePointList: four spheres kept apart", () =>
    withScope(() => {
      const s = Workplane("XY").rect(4, 4, { forConstruction: true }).vertices().sphere(0.25, { combine: false });
      assert.equal(s.solids().size(), 4);
      assert.equal(s.faces().size(), 4);
    }));

  // test_cadquery.py::testSphereCombine
  it("testSphereCombine: four overlapping spheres fuse into one solid", () =>
    withScope(() => {
      const s = Workplane("XY").rect(4, 4, { forConstruction: true }).vertices().sphere(2.25, { combine: true });
      assert.equal(s.solids().size(), 1);
      assert.equal(s.faces().size(), 4);
    }));

  // test_cadquery.py::testCylinderDefaults
  it("testCylinderDefaults: three faces, two vertices, centred", () =>
    withScope(() => {
      const s = Workplane("XY").cylinder(20, 10);
      assert.equal(s.size(), 1);
      assert.equal(s.solids().size(), 1);
      assert.equal(s.faces().size(), 3);
      assert.equal(s.vertices().size(), 2);
      assertTupleAlmostEquals(valOf(s).Center().toTuple(), [0, 0, 0]);
    }));

  // test_cadquery.py::testCylinderCentering
  it("testCylinderCentering: centres for every centring", () =>
    withScope(() => {
      const [radius, height] = [10, 40];
      for (const cx of [true, false]) for (const cy of [true, false]) for (const cz of [true, false]) {
        const s = Workplane("XY").cylinder(height, radius, { centered: [cx, cy, cz] });
        assertTupleAlmostEquals(valOf(s).Center().toTuple(), [cx ? 0 : radius, cy ? 0 : radius, cz ? 0 : height / 2]);
      }
    }));

  for (const [name, plane, face] of [["testQuickStartXY", "XY", ">Z"], ["testQuickStartYZ", "YZ", ">X"], ["testQuickStartXZ", "XZ", ">Y"]] as const) {
    // test_cadquery.py::testQuickStartXY / testQuickStartYZ / testQuickStartXZ
    it(`${name}: the quick-start plate with four countersinks has 14 faces`, () =>
      withScope(() => {
        const s = Workplane(Plane.named(plane)).box(2, 4, 0.5).faces(face).workplane().rect(1.5, 3.5, { forConstruction: true }).vertices().cskHole(0.125, 0.25, 82);
        assert.equal(s.solids().size(), 1);
        assert.equal(s.faces().size(), 14);
      }));
  }

  // test_cadquery.py::testDoubleTwistedLoft
  it("testDoubleTwistedLoft: two twisted octagon lofts fuse", () =>
    withScope(() => {
      const s = Workplane("XY").polygon(8, 20).workplane({ offset: 4 }).transformed({ rotate: new Vector(0, 0, 15) }).polygon(8, 20).loft();
      const s2 = Workplane("XY").polygon(8, 20).workplane({ offset: -4 }).transformed({ rotate: new Vector(0, 0, 15) }).polygon(8, 20).loft();
      assert.equal(s.union(s2).solids().size(), 1);
    }));

  // test_cadquery.py::testTwistedLoft
  it("testTwistedLoft: ten faces", () =>
    withScope(() => {
      const s = Workplane("XY").polygon(8, 20).workplane({ offset: 4 }).transformed({ rotate: new Vector(0, 0, 15) }).polygon(8, 20).loft();
      assert.equal(s.faces().size(), 10);
      assert.equal(s.solids().size(), 1);
    }));

  // test_cadquery.py::testUnions
  it("testUnions: fifteen bars, and a union of 11 faces; a face is refused", () =>
    withScope(() => {
      let s = Workplane("XY").rect(0.5, 0.5).extrude(5);
      for (let i = 0; i < 15; i++) s = s.union(Workplane("XY").center(10 * i, 0).rect(0.5, 0.5).extrude(5));
      assert.equal(s.solids().size(), 15);
      const base = Workplane(Plane.XY());
      const current = base.rect(2, 2).extrude(0.5);
      const other = base.rect(1, 1).extrude(1);
      const r = current.union(other);
      assert.equal(r.faces().size(), 11);
      assertPartforgeError(() => r.union(valOf(other.faces())), "SCRIPT_EXCEPTION", /expected a Workplane or a solid/);
    }));

  // test_cadquery.py::testCombine
  it("testCombine: combining a stack of two solids", () =>
    withScope(() => {
      const s = Workplane(Plane.XY());
      const objects1 = s.rect(2, 2).extrude(0.5);
      const objects2 = s.rect(1, 1).extrude(0.5).translate([0, 0, 0.5]);
      assert.equal(objects1.add(objects2).combine().faces().size(), 11);
    }));

  // test_cadquery.py::testUnionNoArgs
  it("testUnionNoArgs: union() combines the stack", () =>
    withScope(() => {
      const s = Workplane(Plane.XY());
      const objects1 = s.rect(2, 2).extrude(0.5);
      const objects2 = s.rect(1, 1).extrude(0.5).translate([0, 0, 0.5]);
      assert.equal(objects1.add(objects2).union().faces().size(), 11);
    }));

  // test_cadquery.py::testCombineSolidsInLoop
  it("testCombineSolidsInLoop: fifteen bars added then combined", () =>
    withScope(() => {
      let s = Workplane("XY").rect(0.5, 0.5).extrude(5);
      for (let i = 0; i < 15; i++) s = s.add(Workplane("XY").center(10 * i, 0).rect(0.5, 0.5).extrude(5));
      assert.equal(s.combine().solids().size(), 15);
    }));

  // test_cadquery.py::testClean
  it("testClean: coplanar faces merge after each operation", () =>
    withScope(() => {
      const profile = Workplane("XY").moveTo(0, 0).line(5, 0).line(5, 0).line(0, 10).line(-10, 0).close();
      assert.equal(profile.extrude(10).faces().size(), 6);
      assert.equal(Workplane("XY").box(10, 10, 10).union(Workplane("XY").box(20, 10, 10)).faces().size(), 6);
      assert.equal(Workplane("XY").box(10, 10, 10).faces(">Y").workplane().rect(5, 10, true).extrude(20).faces().size(), 10);
      assert.equal(Workplane("XY").box(10, 10, 10).faces(">Z").workplane().hole(3, 5).faces(">Z").workplane().hole(3, 10).faces().size(), 7);
      const stepped = Workplane("XY").box(10, 10, 10).faces(">Y").workplane().rect(10, 5).cutBlind(-5).faces(">Z").workplane({ centerOption: "CenterOfMass" }).center(0, 2.5).rect(5, 5).cutThruAll();
      assert.equal(stepped.faces().size(), 18);
      assert.equal(Workplane("XY").box(5, 5, 5).box(10, 5, 2).faces().size(), 14);
      assert.equal(Workplane().sphere(1).box(0.5, 4, 4, { clean: true }).edges().vals().length, 14);
      const pin = Workplane().box(1, 1, 1).faces("<Z").workplane().cylinder(2, 0.2, { centered: [true, true, false], direct: new Vector(0, 0, -1), clean: true });
      assert.equal(pin.edges().vals().length, 15);
      assert.equal(Workplane().box(0.5, 4, 4).sphere(1, { clean: true }).edges().vals().length, 14);
      assert.equal(Workplane().sphere(1).wedge(0.5, 4, 4, 0, 0, 0.5, 4, { clean: true }).edges().vals().length, 14);
    }));

  // test_cadquery.py::testNoClean
  it("testNoClean: with clean: false the seams stay", () =>
    withScope(() => {
      const profile = Workplane("XY").moveTo(0, 0).line(5, 0).line(5, 0).line(0, 10).line(-10, 0).close();
      assert.equal(profile.extrude(10, { clean: false }).faces().size(), 7);
      assert.equal(Workplane("XY").box(10, 10, 10).union(Workplane("XY").box(20, 10, 10), { clean: false }).faces().size(), 14);
      assert.equal(Workplane("XY").box(10, 10, 10).faces(">Y").workplane().rect(5, 10, true).extrude(20, { clean: false }).faces().size(), 12);
      assert.equal(Workplane().sphere(1).box(0.5, 4, 4, { clean: false }).edges().vals().length, 16);
      const pin = Workplane().box(1, 1, 1).faces("<Z").workplane().cylinder(2, 0.2, { centered: [true, true, false], direct: new Vector(0, 0, -1), clean: false });
      assert.equal(pin.edges().vals().length, 16);
      assert.equal(Workplane().box(0.5, 4, 4).sphere(1, { clean: false }).edges().vals().length, 16);
      assert.equal(Workplane().sphere(1).wedge(0.5, 4, 4, 0, 0, 0.5, 4, { clean: false }).edges().vals().length, 16);
    }));

  // test_cadquery.py::testExplicitClean
  it("testExplicitClean: clean() merges afterwards", () =>
    withScope(() => {
      const s = Workplane("XY").moveTo(0, 0).line(5, 0).line(5, 0).line(0, 10).line(-10, 0).close().extrude(10, { clean: false }).clean();
      assert.equal(s.faces().size(), 6);
    }));

  // test_cadquery.py::testCup
  it("testCup: two lofts cut and the lip filleted", () =>
    withScope(() => {
      const [td, bd, h, t] = [50, 20, 10, 1];
      const s1 = Workplane("XY").circle(bd).workplane({ offset: h }).circle(td).loft();
      const s2 = Workplane("XY").workplane({ offset: t }).circle(bd - 2 * t).workplane({ offset: h - t }).circle(td - 2 * t).loft();
      const cup = s1.cut(s2);
      assert.ok(valOf(cup).isValid());
      assert.ok(valOf(cup).Volume() < valOf(s1).Volume());
    }));

  // test_cadquery.py::testClose
  it("testClose: sagitta arcs close; equal lens volumes on XY and YZ", () =>
    withScope(() => {
      const a = Workplane(Plane.XY()).sagittaArc([10, 0], 2).close().extrude(2);
      const b = Workplane(Plane.XY()).sagittaArc([10, 0], 2).sagittaArc([0, 0], 2).close().extrude(2);
      assertAlmostEqual(valOf(a).Volume() * 2, valOf(b).Volume(), 6);
      const [thickness, length, width] = [3, 10, 5];
      const obj1 = Workplane("XY", { origin: [0, 0, -thickness / 2] }).moveTo(length / 2, 0).threePointArc([0, width / 2], [-length / 2, 0]).threePointArc([0, -width / 2], [length / 2, 0]).close().extrude(thickness);
      const [ox, oy] = [8, -19.5];
      const obj2 = Workplane("YZ", { origin: [ox, oy, -thickness / 2] }).moveTo(ox + length / 2, oy).sagittaArc([ox - length / 2, oy], width / 2).sagittaArc([ox + length / 2, oy], width / 2).close().extrude(thickness);
      assertAlmostEqual(valOf(obj1).Volume(), valOf(obj2).Volume(), 6);
    }));

  // test_cadquery.py::testParametricCurve
  it("testParametricCurve: an epicycloid, open and closed; as an edge", () =>
    withScope(() => {
      const [k, r] = [4, 1];
      const func = (t: number): [number, number] => [r * (k + 1) * Math.cos(t) - r * Math.cos((k + 1) * t), r * (k + 1) * Math.sin(t) - r * Math.sin((k + 1) * t)];
      const closed = Workplane("XY").parametricCurve(func, { start: 0, stop: 2 * PI }).extrude(3);
      assert.ok(valOf(closed.solids()).isValid());
      assert.equal(closed.faces().vals().length, 3);
      const edge = Workplane("XY").parametricCurve(func, { makeWire: false });
      assert.equal(edge.state.pendingEdges.length, 1);
      assert.equal(edge.state.pendingWires.length, 0);
    }));

  // test_cadquery.py::testFindSolid
  it("testFindSolid: a compound of the stack's two solids; none from a wire", () =>
    withScope(() => {
      const r = Workplane("XY").pushPoints([[-2, 0], [2, 0]]).box(1, 1, 1, { combine: false });
      assert.equal(r.size(), 2);
      assert.equal(valOf(r).kind, "solid");
      const s = r.findSolid();
      assert.equal(s.Solids().length, 2);
      assert.equal(s.kind, "compound");
      assertPartforgeError(() => Workplane().hLine(1).close().findSolid(), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testSlot2D
  it("testSlot2D: volumes of slots extruded and cut, and a rotated slot's end", () =>
    withScope(() => {
      assertAlmostEqual(valOf(Workplane("XY").slot2D(4, 1, 0).extrude(1)).Volume(), 3.785398163, 9);
      const box = Workplane("XY").box(5, 5, 1);
      assertAlmostEqual(valOf(box.faces(">Z").workplane().slot2D(4, 1, 0).cutThruAll()).Volume(), 21.214601837, 9);
      assertAlmostEqual(valOf(box.faces(">Z").workplane().slot2D(4, 1, 0).cutBlind(-0.5)).Volume(), 23.107300918, 9);
      const rotated = Workplane("XY").slot2D(4, 1, 45).extrude(1);
      const edge = valOf(rotated.faces(">Z").edges(">X").first());
      const ends = [edge.startPoint().toTuple(), edge.endPoint().toTuple()];
      assert.ok(ends.some((p) => new Vector(...p).equals([0.707106781, 1.414213562, 1], 1e-8)), `ends ${JSON.stringify(ends)}`);
    }));

  // test_cadquery.py::testTag
  it("testTag: a tagged stack is found again after a union", () =>
    withScope(() => {
      const result = Workplane("XY").pushPoints([[-2, 0], [2, 0]]).box(1, 1, 1, { combine: false }).tag("2 solids").union(Workplane("XY").box(6, 1, 1));
      assert.equal(result.size(), 1);
      assert.equal(result.solids(undefined, { tag: "2 solids" }).size(), 2);
      assertPartforgeError(() => result.workplaneFromTagged("3 solids"), "SCRIPT_EXCEPTION", /no Workplane is tagged "3 solids"/);
    }));

  // test_cadquery.py::testWorkplaneFromTagged
  it("testWorkplaneFromTagged: back to a tagged plane after moving on", () =>
    withScope(() => {
      const s = Workplane("XY").box(10, 10, 10).faces(">Z").workplane().tag("base");
      assertTupleAlmostEquals(s.plane.origin.toTuple(), [0, 0, 5]);
      const moved = s.center(3, 3).circle(1).extrude(1).workplaneFromTagged("base");
      assertTupleAlmostEquals(moved.plane.origin.toTuple(), [0, 0, 5]);
      assertTupleAlmostEquals(moved.plane.zDir.toTuple(), [0, 0, 1]);
    }));

  // test_cadquery.py::testTagSelectors
  it("testTagSelectors: selecting from a tagged Workplane", () =>
    withScope(() => {
      const result0 = Workplane("XY").box(1, 1, 1).tag("box").sphere(1);
      assert.equal(result0.faces(undefined, { tag: "box" }).size(), 6);
      assert.equal(result0.faces(">X", { tag: "box" }).size(), 1);
      assert.equal(result0.edges(undefined, { tag: "box" }).size(), 12);
      assert.equal(result0.vertices(undefined, { tag: "box" }).size(), 8);
    }));

  // test_cadquery.py::testTangentArcToPoint
  it("testTangentArcToPoint: absolute and relative ends, chained arcs, 3D end", () =>
    withScope(() => {
      const s0 = Workplane("XY").hLine(1).tangentArcPoint([1, 1], { relative: false }).hLineTo(0).tangentArcPoint([0, 0], { relative: false }).close().extrude(1);
      assertAlmostEqual(valOf(s0.faces(">Z")).Area(), 1 + PI * 0.25, 4);
      const s1 = Workplane("XY").hLine(1).tangentArcPoint([0, 1], { relative: true }).hLineTo(0).tangentArcPoint([0, -1], { relative: true }).close().extrude(1);
      assertTupleAlmostEquals(valOf(s1).Center().toTuple(), valOf(s0).Center().toTuple(), 4);
      assertAlmostEqual(valOf(s1).Volume(), valOf(s0).Volume(), 4);
      const s2 = Workplane("XY").vLine(2).tangentArcPoint([1, 0]).tangentArcPoint([1, 0]).tangentArcPoint([1, 0]).vLine(-2).close().extrude(1);
      assertAlmostEqual(valOf(s2.faces(">Z")).Area(), 2 * 3 + 0.5 * PI * 0.25, 4);
      const arc0 = valOf(Workplane("XZ", { origin: [1, 1, 1] }).hLine(1).tangentArcPoint([1, 1]));
      assertTupleAlmostEquals(arc0.endPoint().toTuple(), [3, 1, 2], 4);
    }));

  // test_cadquery.py::testSection
  it("testSection: unit squares through a moved box", () =>
    withScope(() => {
      const box = Workplane("XY", { origin: [1, 2, 3] }).box(1, 1, 1);
      assertAlmostEqual(valOf(box.section().faces()).Area(), 1);
      assertAlmostEqual(valOf(box.section(0.5).faces()).Area(), 1);
      assertPartforgeError(() => Workplane("XY").hLine(1).section(), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testEnd
  it("testEnd: end() of a fresh Workplane fails; end(n) walks back", () =>
    withScope(() => {
      assertPartforgeError(() => Workplane().end(), "SCRIPT_EXCEPTION", /cannot go back/);
      assert.equal(Workplane().box(1, 1, 1).end().size(), 0);
      assert.equal(Workplane().box(1, 1, 1).box(2, 2, 1).end(2).size(), 0);
    }));

  // test_cadquery.py::testCutEach
  it("testCutEach: boxes cut at each vertex leave 4", () =>
    withScope(() => {
      const w = Workplane().box(3, 2, 2);
      const c = valOf(Workplane().box(2, 2, 2));
      assertAlmostEqual(valOf(w.vertices().cutEach((loc) => c.moved(loc))).Volume(), 4, 3);
      assertPartforgeError(() => Workplane().hLine(1).vLine(1).close().cutEach((loc) => c.moved(loc)), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testCutBlind
  it("testCutBlind: nothing to cut into", () =>
    withScope(() => {
      assertPartforgeError(() => Workplane().hLine(1).vLine(1).close().cutBlind(1), "SCRIPT_EXCEPTION", /no solid/);
    }));

  // test_cadquery.py::testPopPending
  it("testPopPending: pending edges and wires; a cut with nothing drawn fails", () =>
    withScope(() => {
      const w0 = Workplane().hLine(1);
      assert.equal(w0.state.pendingEdges.length, 1);
      assert.ok(w0.state.pendingEdges[0] === w0.val());
      const w1 = Workplane().hLine(1).vLine(1).close();
      assert.ok(w1.state.pendingWires[0] === w1.val());
      assertPartforgeError(() => Workplane().circle(1).extrude(1).cutBlind(-1), "SCRIPT_EXCEPTION", /nothing to sweep/);
    }));

  // test_cadquery.py::testEachpoint
  it("testEachpoint: boxes added or cut at each vertex; spheres on each face", () =>
    withScope(() => {
      const box = valOf(Workplane().box(2, 1, 1));
      const ref = Workplane().box(5, 5, 5);
      const added = ref.vertices().eachpoint((loc) => box.moved(loc), { combine: true });
      assert.ok(valOf(added).Volume() > valOf(ref).Volume());
      const cut = ref.vertices().eachpoint((loc) => box.moved(loc), { combine: "cut" });
      assert.ok(valOf(ref).Volume() > valOf(cut).Volume());
      const plate = Workplane("XY").box(10, 10, 1);
      const ring = valOf(Workplane().circle(1));
      const holes = plate.faces(">Z").rect(7, 7, { forConstruction: true }).vertices().eachpoint(ring).cutThruAll();
      assertAlmostEqual(valOf(holes).Volume(), 100 - 4 * PI, 6);
      const holesLocal = plate.faces(">Z").rect(7, 7, { forConstruction: true }).vertices().eachpoint(ring, { useLocalCoordinates: true }).cutThruAll();
      assertAlmostEqual(valOf(holesLocal).Volume(), 100 - 4 * PI, 6);
      assertPartforgeError(() => plate.faces().eachpoint(42 as never), "SCRIPT_EXCEPTION", /Workplane\.eachpoint\(arg, useLocalCoordinates=False, combine=False, clean=True\): arg must be a function or a shape or a Workplane; got 42/);
    }));

  // test_cadquery.py::testEachpoint (spheres on the six faces of a cube, combined)
  it("testEachpoint: six unit spheres fused onto a 2-cube add three spheres of volume", () =>
    withScope(() => {
      const cubeOf2 = Workplane().box(2, 2, 2);
      const sphere = Workplane().sphere(1);
      // six half spheres outside the cube: 3 whole spheres
      assertAlmostEqual(valOf(cubeOf2.faces().eachpoint(sphere, { combine: true })).Volume(), 8 + 3 * (4 / 3) * PI, 6);
      assertAlmostEqual(valOf(cubeOf2.faces().eachpoint(sphere, { combine: true, useLocalCoordinates: true })).Volume(), 8 + 3 * (4 / 3) * PI, 6);
    }));

  // test_cadquery.py::testCircumscribedPolygon
  it("testCircumscribedPolygon: triangle and square around a circle of radius 1", () =>
    withScope(() => {
      const a = 1;
      const tri = Workplane("XY").polygon(3, 2 * a, { circumscribed: true });
      assert.equal(tri.vertices().size(), 3);
      assertTupleAlmostEquals(valOf(tri.vertices(">X").vertices(">Y")).toTuple(), [a, a * Math.tan(PI / 3), 0], 6);
      assertTupleAlmostEquals(valOf(tri.vertices("<X")).toTuple(), [-a / Math.cos(PI / 3), 0, 0], 6);
      assertTupleAlmostEquals(valOf(tri.vertices(">X").vertices("<Y")).toTuple(), [a, -a * Math.tan(PI / 3), 0], 6);
      const sq = Workplane("XY").polygon(4, 2 * a, { circumscribed: true });
      assert.equal(sq.vertices().size(), 4);
      assertTupleAlmostEquals(valOf(sq.vertices(">X").vertices(">Y")).toTuple(), [a, a, 0], 6);
      assertTupleAlmostEquals(valOf(sq.vertices("<X").vertices("<Y")).toTuple(), [-a, -a, 0], 6);
    }));

  // test_cadquery.py::test_interpPlate
  it("test_interpPlate: a thickened plate through a raised centre point", () =>
    withScope(() => {
      // test_cadquery.py plate_0: a 10×10 square boundary, one raised point, 0.1 thick
      const plate = Workplane("XY").interpPlate([[0, 0, 0], [10, 0, 0], [10, 10, 0], [0, 10, 0]], [[5, 5, 5]], { thickness: 0.1 });
      assert.ok(valOf(plate).isValid());
      assert.ok(valOf(plate).Volume() > 10, `volume ${valOf(plate).Volume()}`);
      const slotPlate = Workplane().interpPlate(Workplane().slot2D(2, 1).vals() as Shape[]);
      assert.ok(valOf(slotPlate).isValid());
      assertAlmostEqual(valOf(slotPlate).Area(), 2 - 1 + PI * 0.25, 4);
    }));

  // test_cadquery.py::testSweep
  it("testSweep: spline, polyline and arc paths; makeSolid, Frenet, normal, transitions, aux spine", () =>
    withScope(() => {
      const pts: [number, number][] = [[0, 0], [0, 1], [1, 2], [2, 4]];
      let path = Workplane("XZ").spline(pts);
      const count = (wp: ReturnType<typeof Workplane>) => [wp.faces().size(), wp.edges().size()];
      assert.deepEqual(count(Workplane("XY").circle(1).sweep(path)), [3, 3]);
      assert.deepEqual(count(Workplane("XY").circle(1).sweep(valOf(path))), [3, 3]);
      assert.deepEqual(count(Workplane("XY").circle(1).sweep(path, { makeSolid: false })), [1, 3]);
      assert.deepEqual(count(Workplane("XY").circle(1).sweep(path, { isFrenet: true })), [3, 3]);
      assert.deepEqual(count(Workplane("XY").circle(1).sweep(path, { makeSolid: false, isFrenet: true })), [1, 3]);
      assert.deepEqual(count(Workplane("XY").rect(1, 1).sweep(path)), [6, 12]);
      const fixed = Workplane().circle(0.5).sweep(path, { normal: new Vector(0, 0, 1) });
      assertTupleAlmostEquals(valOf(fixed.faces(">Z")).normalAt().toTuple(), [0, 0, 1], 6);
      path = Workplane("XZ").polyline(pts);
      assert.deepEqual(count(Workplane("XY").circle(0.1).sweep(path, { transition: "transformed" })), [5, 7]);
      assert.deepEqual(count(Workplane("XY").circle(0.2).circle(0.1).sweep(path, { transition: "transformed" })), [8, 14]);
      for (const transition of ["transformed", "right", "round"] as const) {
        const swept = Workplane("XY").circle(0.2).rect(0.2, 0.1).rect(0.1, 0.2).sweep(path, { transition });
        assert.ok(valOf(swept.solids()).isValid(), transition);
      }
      assert.ok(valOf(Workplane("XY").circle(0.2).rect(0.2, 0.1).rect(0.1, 0.2).circle(0.1).sweep(path).solids()).isValid());
      const arc = Workplane("XZ").threePointArc([1, 1.5], [0, 1]);
      assert.deepEqual(count(Workplane("XY").circle(0.1).sweep(arc)), [3, 3]);
      const spine = Workplane("YZ").spline([[0, 0], [20, 100]], { tangents: [[0, 1, 0], [0, 1, 0]] });
      const aux = Workplane("XY").spline([[0, 20, 0], [20, 0, 100]], { tangents: [[0, 0, 1], [0, 0, 1]] });
      const twisted = Workplane("XY").rect(10, 20).sweep(spine, { auxSpine: aux });
      const v1 = valOf(twisted.faces("<Z").wires()).tangentAt(0);
      const v2 = valOf(twisted.faces(">Z").wires()).tangentAt(0);
      assertAlmostEqual(v1.getAngle(v2), PI / 4, 6);
      assertPartforgeError(() => Workplane().hLine(1).vLine(1).sweep(spine), "SCRIPT_EXCEPTION", /nothing to sweep/);
    }));

  // test_cadquery.py::testMultisectionSweep
  it("testMultisectionSweep: sections along a straight path", () =>
    withScope(() => {
      const path = Workplane("XZ").lineTo(0, 10);
      const swept = Workplane("XY").rect(2, 2).workplane({ offset: 5 }).circle(1.5).workplane({ offset: 5 }).rect(2, 2).sweep(path, { multisection: true });
      assert.equal(swept.solids().size(), 1);
      assert.ok(valOf(swept).isValid());
      assertTupleAlmostEquals(valOf(swept).BoundingBox().center.toTuple(), [0, 0, 5], 2);
    }));

  // test_cadquery.py::testOffset2D
  it("testOffset2D: edge counts per join kind, vanishing offsets, forConstruction", () =>
    withScope(() => {
      assert.equal(Workplane().rect(1, 1).offset2D(0.5, { kind: "arc" }).edges().size(), 8);
      assert.equal(Workplane().rect(1, 1).offset2D(0.5, { kind: "tangent" }).edges().size(), 4);
      assert.equal(Workplane().rect(1, 1).offset2D(0.5, { kind: "intersection" }).edges().size(), 4);
      assert.equal(Workplane().pushPoints([[0, 0], [0, 5]]).rect(1, 1).offset2D(-0.5).wires().size(), 0);
      assert.equal(Workplane().pushPoints([[0, 0], [0, 5]]).rect(1, 1).offset2D(-0.25).wires().size(), 2);
      const [r, s, t] = [20, 7, 1.5];
      const points: [number, number][] = [[0, t / 2], [r / 2 - 1.5 * t, r / 2 - t], [s / 2, r / 2 - t], [s / 2, r / 2], [r / 2, r / 2], [r / 2, s / 2], [r / 2 - t, s / 2], [r / 2 - t, r / 2 - 1.5 * t], [t / 2, 0]];
      assert.equal(Workplane("XY").polyline(points).mirrorX().mirrorY().offset2D(-0.9).extrude(1).solids().size(), 4);
      const w6 = Workplane().hLine(1).vLine(1).close().offset2D(0.5, { forConstruction: true });
      assert.equal(w6.state.pendingWires.length, 0);
      assert.equal(w6.size(), 1);
      assert.equal(valOf(w6).kind, "wire");
    }));

  // test_cadquery.py::testConsolidateWires
  it("testConsolidateWires: one wire; nothing from nothing", () =>
    withScope(() => {
      assert.equal(Workplane().lineTo(0, 1).lineTo(1, 1).consolidateWires().size(), 1);
      assert.equal(Workplane().consolidateWires().size(), 0);
    }));

  // test_cadquery.py::testTaperedExtrudeCutBlind
  it("testTaperedExtrudeCutBlind: tapers shrink or grow the top; a tapered pocket", () =>
    withScope(() => {
      const grown = (taper: number) => {
        const s = Workplane("XY").circle(1).extrude(1, { taper });
        return valOf(s.faces(">Z")).Area() - valOf(s.faces("<Z")).Area();
      };
      assert.ok(grown(5) < 0);
      assert.ok(grown(-5) > 0);
      const s = Workplane("XY").rect(2, 2).extrude(2).faces(">Z").workplane().rect(1, 1).cutBlind(-1, { taper: 5 });
      assert.ok(valOf(s.faces(">Z[-2]")).Area() < 1);
    }));

  // test_cadquery.py::testTaperedExtrudeHeight
  it("testTaperedExtrudeHeight: the height is kept with either taper sign", () =>
    withScope(() => {
      // 6 places (CadQuery: 7): the ruled side faces' bounding box is 2e-7 loose
      assertAlmostEqual(valOf(Workplane("XY").rect(100, 100).extrude(100, { taper: 20 })).BoundingBox().zlen, 100, 6);
      assertAlmostEqual(valOf(Workplane("XY").rect(100, 100).extrude(100, { taper: -20 })).BoundingBox().zlen, 100, 6);
    }));

  // test_cadquery.py::testExtrude
  it("testExtrude: one way and both ways; a cut with combine 'cut'; both-way cut", () =>
    withScope(() => {
      let s = Workplane("XY").circle(1).extrude(1, { both: false });
      assertTupleAlmostEquals(valOf(s.faces(">Z")).Center().sub(valOf(s.faces("<Z")).Center()).toTuple(), [0, 0, 1], 9);
      s = Workplane("XY").circle(1).extrude(1, { both: true });
      assert.equal(valOf(s).Solids().length, 1);
      assertTupleAlmostEquals(valOf(s.faces(">Z")).Center().sub(valOf(s.faces("<Z")).Center()).toTuple(), [0, 0, 2], 9);
      assertPartforgeError(() => Workplane().rect(2, 2).rect(1, 1).extrude(2, { taper: 4 }), "SCRIPT_EXCEPTION", /holes/);
      const box = Workplane().box(5, 5, 5);
      const r = box.faces(">Z").workplane({ invert: true }).circle(0.5).extrude(4, { combine: "cut" });
      assert.ok(valOf(box).Volume() > valOf(r).Volume());
      const ref = Workplane("XY").rect(40, 40).extrude(20, { both: true });
      const regular = ref.workplane({ offset: -20 }).rect(20, 20).extrude(40, { combine: "s" });
      const both = ref.workplane().rect(20, 20).extrude(20, { both: true, combine: "s" });
      assert.equal(both.faces().size(), 6 + 4);
      assertAlmostEqual(valOf(regular).Volume(), valOf(both).Volume(), 6);
    }));

  // test_cadquery.py::testWorkplaneCenterOptions
  it("testWorkplaneCenterOptions: projected origin, centre of mass, bounding-box centre", () =>
    withScope(() => {
      const pts: [number, number][] = [[0, 0], [90, 0], [90, 30], [30, 30], [30, 60], [0, 60]];
      const r = Workplane("XY").polyline(pts).close().extrude(10);
      assertTupleAlmostEquals(r.faces(">Z").workplane({ centerOption: "ProjectedOrigin" }).plane.origin.toTuple(), [0, 0, 10]);
      assertTupleAlmostEquals(r.faces(">Z").workplane({ centerOption: "CenterOfMass" }).plane.origin.toTuple(), [37.5, 22.5, 10]);
      assertTupleAlmostEquals(r.faces(">Z").workplane({ centerOption: "CenterOfBoundBox" }).plane.origin.toTuple(), [45, 30, 10]);
      assertTupleAlmostEquals(r.faces(">Z").workplane({ centerOption: "ProjectedOrigin", origin: [30, 10, 20] }).plane.origin.toTuple(), [30, 10, 10]);
    }));

  // test_cadquery.py::testWedgeDefaults
  it("testWedgeDefaults: a pyramid of five faces and five vertices", () =>
    withScope(() => {
      const s = Workplane("XY").wedge(10, 10, 10, 5, 5, 5, 5);
      assert.equal(s.solids().size(), 1);
      assert.equal(s.faces().size(), 5);
      assert.equal(s.vertices().size(), 5);
    }));

  // test_cadquery.py::testWedgeCentering
  it("testWedgeCentering: the lower corner for every centring", () =>
    withScope(() => {
      const s = Workplane("XY").wedge(10, 10, 10, 5, 5, 5, 5, { centered: [false, false, false] });
      assert.equal(s.faces().size(), 5);
      assert.equal(s.vertices().size(), 5);
      const [x, y, z] = [10, 11, 12];
      for (const cx of [true, false]) for (const cy of [true, false]) for (const cz of [true, false]) {
        const corner = Workplane().wedge(x, y, z, 2, 2, x - 2, z - 2, { centered: [cx, cy, cz] }).vertices("<X and <Y and <Z");
        assert.equal(corner.size(), 1);
        assertTupleAlmostEquals(valOf(corner).toTuple(), [cx ? -x / 2 : 0, cy ? -y / 2 : 0, cz ? -z / 2 : 0]);
      }
      for (const value of [true, false]) {
        const s0 = Workplane().wedge(x, y, z, 2, 2, x - 2, z - 2, { centered: value }).vertices(">X and >Z");
        const s1 = Workplane().wedge(x, y, z, 2, 2, x - 2, z - 2, { centered: [value, value, value] }).vertices(">X and >Z");
        assert.equal(s0.size(), 1);
        assertTupleAlmostEquals(valOf(s0).toTuple(), valOf(s1).toTuple());
      }
    }));

  // test_cadquery.py::testWedgePointList
  it("testWedgePointList: four wedges kept apart", () =>
    withScope(() => {
      const s = Workplane("XY").rect(4, 4, { forConstruction: true }).vertices().wedge(10, 10, 10, 5, 5, 5, 5, { combine: false });
      assert.equal(s.solids().size(), 4);
      assert.equal(s.faces().size(), 20);
      assert.equal(s.vertices().size(), 20);
    }));

  // test_cadquery.py::testWedgeCombined
  it("testWedgeCombined: four overlapping wedges fused", () =>
    withScope(() => {
      const s = Workplane("XY").rect(4, 4, { forConstruction: true }).vertices().wedge(10, 10, 10, 5, 5, 5, 5, { combine: true });
      assert.equal(s.solids().size(), 1);
      assert.equal(s.faces().size(), 12);
      assert.equal(s.vertices().size(), 16);
    }));
});
