/**
 * Assembly constraints and solve: the solved Locations of CadQuery's documentation programs (the
 * conformance ports, whose measured numbers do not see locations) against closed forms worked
 * out by hand, CadQuery's own test_assembly cases, and bad calls.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { Assembly, AssemblyImpl, Location, Vector, Workplane, type Shape } from "../../src/api/index.ts";
import { loadScript } from "../../src/build/index.ts";
import { loadKernel, withScope, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues } from "../../src/modelscript/index.ts";
import { parseQuery } from "../../src/api/ops/assemblyQuery.ts";
import { assertClose, assertPartforgeError, assertTripleClose } from "../helpers/geometry.ts";

const PORTS = new URL("../conformance/ports/", import.meta.url);
const TOLERANCE = 1e-6;

/** Runs a conformance port and hands its Assembly to `check`, inside one build scope. */
async function withPort(name: string, check: (assy: AssemblyImpl) => void): Promise<void> {
  const loaded = await loadScript(readFileSync(new URL(`${name}.ts`, PORTS), "utf8"), "ts");
  await withScopeAsync(async () => {
    const result = loaded.run(resolveValues(loaded, { values: {} }));
    assert.ok(result instanceof AssemblyImpl, `${name} returns an Assembly`);
    check(result);
  });
}

const position = (assy: AssemblyImpl, name: string) => assy.objects[name]!.loc.toTuple();
/** Where a part's own direction `local` points after its Location turns it. */
const turned = (assy: AssemblyImpl, name: string, local: [number, number, number]) => assy.objects[name]!.loc.frame.directionToWorld(local).toTuple();
/** Where a point of a part (in its own coordinates) lands in the world. */
const placed = (assy: AssemblyImpl, name: string, local: [number, number, number]) => assy.objects[name]!.loc.frame.toWorldCoords(local).toTuple();

describe("Assembly constraints: the documentation programs' solved locations", () => {
  before(async () => {
    await loadKernel();
  });

  it("FixedPoint (doc/assy.rst): the sphere's centre and the box's lowest corner both land on (0.5, 0.5, 0.5); b1 stays", () =>
    withPort("assy-fixed-point", (assy) => {
      assertTripleClose(position(assy, "b1"), [0, 0, 0]);
      assertTripleClose(position(assy, "b2"), [0.5, 0.5, 0.5], TOLERANCE);
      assertTripleClose(placed(assy, "b3", [-0.5, -0.5, -0.5]), [0.5, 0.5, 0.5], TOLERANCE);
    }));

  it("PointOnLine (doc/assy.rst): the sphere goes to where the two top edges of the cube meet, (0.5, 0.5, 0.5)", () =>
    withPort("assy-point-on-line", (assy) => {
      assertTripleClose(position(assy, "b2"), [0.5, 0.5, 0.5], TOLERANCE);
    }));

  it("FixedAxis (doc/assy.rst): the cone's base centre goes to (0, 0, 0.5) and its top face points along (1, 0, 2)/√5", () =>
    withPort("assy-fixed-axis", (assy) => {
      assertTripleClose(position(assy, "b2"), [0, 0, 0.5], TOLERANCE);
      assertTripleClose(turned(assy, "b2", [0, 0, 1]), [1 / Math.sqrt(5), 0, 2 / Math.sqrt(5)], TOLERANCE);
    }));

  it("FixedRotation (doc/assy.rst): (45, 0, 45) turns the cone by Rz(45°)·Rx(45°), x to (√½, √½, 0) and z to (½, −½, √½)", () =>
    withPort("assy-fixed-rotation", (assy) => {
      assertTripleClose(position(assy, "b2"), [0, 0, 0.5], TOLERANCE);
      assertTripleClose(turned(assy, "b2", [1, 0, 0]), [Math.SQRT1_2, Math.SQRT1_2, 0], TOLERANCE);
      assertTripleClose(turned(assy, "b2", [0, 0, 1]), [0.5, -0.5, Math.SQRT1_2], TOLERANCE);
    }));

  it("PointInPlane (doc/assy.rst): the box sits on the bracket's foot (z 0.1), 0.2 off its leg (y 0.4) and 0.1 inside its end (x 0.9), unturned", () =>
    withPort("assy-point-in-plane", (assy) => {
      // box 0.5 wide, centred: centre = (0.9 − 0.25, 0.2 + 0.2 + 0.25, 0.1 + 0.25)
      assertTripleClose(position(assy, "box"), [0.65, 0.65, 0.35], TOLERANCE);
      assertTripleClose(turned(assy, "box", [1, 0, 0]), [1, 0, 0], TOLERANCE);
      assertTripleClose(turned(assy, "box", [0, 0, 1]), [0, 0, 1], TOLERANCE);
      assertTripleClose(position(assy, "bracket"), [0, 0, 0]);
    }));

  for (const name of ["primer-assembly-constraints", "primer-assembly-constraint-tags"]) {
    it(`${name} (doc/primer.rst): part3 stands on part1's corner (−20, −10, 10), part2 against its side at (0, −10, 0)`, () =>
      withPort(name, (assy) => {
        // part1 (the root, kept at (−10, 0, 5)) spans x −20…0, y −10…10, z 0…10 in the world.
        assertTripleClose(position(assy, "part1"), [-10, 0, 5]);
        // The children's Locations are relative to the root: world (−15, −5, 25) and (5, −5, 10).
        assertTripleClose(position(assy, "part3"), [-5, -5, 20], TOLERANCE);
        assertTripleClose(position(assy, "part2"), [15, -5, 5], TOLERANCE);
        const world = Object.fromEntries(assy.parts().map((p) => [p.name, p.location.toTuple()]));
        assertTripleClose(world.part3!, [-15, -5, 25], TOLERANCE);
        assertTripleClose(world.part2!, [5, -5, 10], TOLERANCE);
        assertTripleClose(turned(assy, "part2", [1, 0, 0]), [1, 0, 0], TOLERANCE);
        assertTripleClose(turned(assy, "part3", [0, 1, 0]), [0, 1, 0], TOLERANCE);
      }));
  }
});

describe("Assembly constraints: the documentation programs that also need the shape classes (cones by revolve, the arc from a Workplane)", () => {
  before(async () => {
    await loadKernel();
  });

  /** Solid.makeCone(r1, 0, h) (assy-axis-cones, assy-axis-plate-cone): a triangle revolved about z, base on z = 0. */
  const cone = (r: number, h: number) => Workplane("XZ").polyline([[0, 0], [r, 0], [0, h]]).close().revolve(360, [0, 0, 0], [0, 1, 0]).val() as Shape;

  it("assy-axis-cones: Axis (default: opposite) between the two bases turns cone1 upside down, in place", () =>
    withScope(() => {
      const c = cone(1, 2);
      const assy = Assembly().add(c, { name: "cone0", color: "green" }).add(c, { name: "cone1", color: "blue" });
      assy.constrain("cone0@faces@<Z", "cone1@faces@<Z", "Axis").solve();
      assertTripleClose(turned(assy, "cone1", [0, 0, 1]), [0, 0, -1], TOLERANCE);
      assertTripleClose(position(assy, "cone1"), [0, 0, 0], TOLERANCE);
      assertTripleClose(turned(assy, "cone0", [0, 0, 1]), [0, 0, 1]);
    }));

  it("assy-axis-plate-cone: Point and Axis 0 stand the cone on its base centre at the plate's top centre (0, 0, 0.5), tip down into the hole", () =>
    withScope(() => {
      const plate = Workplane().box(10, 10, 1).faces(">Z").workplane().hole(2);
      const assy = Assembly().add(plate, { name: "plate", color: "green" }).add(cone(0.8, 4), { name: "cone", color: "blue" });
      assy.constrain("plate@faces@>Z", "cone@faces@<Z", "Point");
      assy.constrain("plate@faces@>Z", "cone@faces@<Z", "Axis", { param: 0 });
      assy.solve();
      assertTripleClose(position(assy, "cone"), [0, 0, 0.5], TOLERANCE);
      assertTripleClose(turned(assy, "cone", [0, 0, 1]), [0, 0, -1], TOLERANCE);
    }));

  it("assy-point: boxes at the quarter arc's centroid (20/π, 20/π), at its 80% point, 2 from it, and 2 beyond it in x", () =>
    withScope(() => {
      const line = Workplane().moveTo(10, 0).threePointArc([10 * Math.SQRT1_2, 10 * Math.SQRT1_2], [0, 10]).val() as Shape;
      const box = Workplane().box(1, 1, 1);
      const p0: [number, number, number] = [10 * Math.cos((72 * Math.PI) / 180), 10 * Math.sin((72 * Math.PI) / 180), 0];
      const vertexAt = (p: readonly number[]) => Workplane().box(1, 1, 1).translate([p[0]! + 0.5, p[1]! + 0.5, 0.5]).vertices("<X and <Y and <Z").val() as Shape;
      const assy = Assembly().add(line, { name: "line" }).add(box, { name: "box0", color: "red" });
      assy.constrain("line", "box0", "Point");
      assy.add(box, { name: "box1", color: "green" }).constrain("line", vertexAt(p0), "box1", box.val() as Shape, "Point");
      assy.add(box, { name: "box2", color: "orange" }).constrain("line", vertexAt(p0), "box2", box.val() as Shape, "Point", { param: 2 });
      assy.add(box, { name: "box3", color: "blue" }).constrain("line", vertexAt([p0[0] + 2, p0[1], 0]), "box3", box.val() as Shape, "Point");
      assy.solve();
      assertTripleClose(position(assy, "box0"), [20 / Math.PI, 20 / Math.PI, 0], TOLERANCE);
      assertTripleClose(position(assy, "box1"), p0, TOLERANCE);
      assertClose(new Vector(...position(assy, "box2")).sub(p0).length, 2, TOLERANCE);
      assertTripleClose(position(assy, "box3"), [p0[0] + 2, p0[1], 0], TOLERANCE);
    }));
});

describe("Assembly constraints: CadQuery's test_assembly cases", () => {
  before(async () => {
    await loadKernel();
  });

  const simpleAssy2 = () =>
    Assembly()
      .add(Workplane().box(1, 1, 1), { name: "b1" })
      .add(Workplane().box(2, 1, 1), { loc: new Location(new Vector(0, 0, 4)), name: "b2" });

  it("Axis 0 and Axis 45 turn b2 by 45° about z (test_axis_constraint)", () =>
    withScope(() => {
      const assy = simpleAssy2().constrain("b1@faces@>Z", "b2@faces@>Z", "Axis", 0).constrain("b1@faces@>X", "b2@faces@>X", "Axis", 45).solve();
      const x = new Vector(...turned(assy, "b2", [1, 0, 0]));
      assertClose(x.angleDeg([1, 0, 0]), 45, TOLERANCE);
      assertTripleClose(turned(assy, "b2", [0, 0, 1]), [0, 0, 1], TOLERANCE);
    }));

  it("Point with param 1 leaves the centres 1 apart (test_point_constraint)", () =>
    withScope(() => {
      const assy = simpleAssy2().constrain("b1", "b2", "Point", 1).solve();
      assertClose(new Vector(...position(assy, "b2")).length, 1, TOLERANCE);
    }));

  it("Fixed, FixedPoint and FixedAxis: b2's centre at (0, 0, −3), its top along (0, 1, 1) (test_unary_constraints)", () =>
    withScope(() => {
      const assy = simpleAssy2().constrain("b1", "Fixed").constrain("b2", "FixedPoint", [0, 0, -3]).constrain("b2@faces@>Z", "FixedAxis", [0, 1, 1]).solve();
      assertTripleClose(position(assy, "b1"), [0, 0, 0]);
      assertTripleClose(position(assy, "b2"), [0, 0, -3], TOLERANCE);
      assertTripleClose(turned(assy, "b2", [0, 0, 1]), [0, Math.SQRT1_2, Math.SQRT1_2], TOLERANCE);
    }));

  it("PointOnLine with two FixedAxis puts b2's +x face centre on b1's top back edge (test_point_on_line)", () =>
    withScope(() => {
      const assy = simpleAssy2()
        .constrain("b1", "Fixed")
        .constrain("b2@faces@>Z", "FixedAxis", [0, 2, 1])
        .constrain("b2@faces@>X", "FixedAxis", [1, 0, 0])
        .constrain("b2@faces@>X", "b1@edges@>>Z and >>Y", "PointOnLine")
        .solve();
      const face = placed(assy, "b2", [1, 0, 0]);
      assertClose(face[1], 0.5, TOLERANCE);
      assertClose(face[2], 0.5, TOLERANCE);
    }));

  it("nested parts: Plane and Axis move the sub-assembly that holds the named part, by a path (test_constrain)", () =>
    withScope(() => {
      const b1 = Workplane().box(1, 1, 1).faces("<Z").tag("top_face").end();
      const b2 = Workplane().box(1, 1, 1).faces("<Z").tag("bottom_face").end();
      const b3 = Workplane().pushPoints([[-2, 0], [2, 0]]).tag("pts").box(1, 1, 0.5).tag("boxes");
      const second = Assembly(b2, { loc: new Location(new Vector(0, 4, 0)), name: "SECOND" }).add(b3, { loc: new Location(new Vector(0, 4, 0)), name: "BOTTOM" });
      const assy = Assembly(b1, { loc: new Location(new Vector(0, 0, 0)), name: "TOP" }).add(second, { color: "green" });
      assy.constrain("TOP@faces@>Z", "SECOND/BOTTOM@faces@<Z", "Plane").constrain("TOP@faces@>X", "SECOND/BOTTOM@faces@<X", "Axis").solve();
      assertTripleClose(position(assy, "SECOND"), [2, -4, 0.75], TOLERANCE);
      assertTripleClose(position(assy, "TOP"), [0, 0, 0]);
      assertTripleClose(position(assy, "BOTTOM"), [0, 4, 0]);
    }));

  it("PointInPlane on three faces puts a vertex part on the box's corner (0.5, 1, 1.5) (test_PointInPlane_constraint)", () =>
    withScope(() => {
      const box = Workplane().box(1, 2, 3);
      const vertex = Workplane().box(1, 1, 1).translate([0.5, 0.5, 0.5]).vertices("<X and <Y and <Z").val() as Shape;
      const assy = Assembly(box, { name: "box" }).add(Workplane().newObject([vertex]), { name: "vertex" });
      assy.constrain("vertex", vertex, "box", box.faces(">X").val() as Shape, "PointInPlane", { param: 0 }).solve();
      assertClose(position(assy, "vertex")[0], 0.5, TOLERANCE);
      assy.constrain("vertex", "box@faces@>Y", "PointInPlane", { param: 0 }).solve();
      assertClose(position(assy, "vertex")[0], 0.5, TOLERANCE);
      assertClose(position(assy, "vertex")[1], 1, TOLERANCE);
      assy.constrain("vertex", "box@faces@>Z", "PointInPlane", { param: 0 }).solve();
      assertTripleClose(position(assy, "vertex"), [0.5, 1, 1.5], TOLERANCE);
    }));

  it("constrain(id1, s1, id2, s2, kind) takes shapes directly (test_constrain's first form)", () =>
    withScope(() => {
      const box = Workplane().box(1, 2, 3);
      const pin = Workplane().box(0.2, 0.2, 0.2);
      const assy = Assembly(box, { name: "box" }).add(pin, { name: "pin" });
      assy.constrain("pin", pin.val() as Shape, "box", box.faces(">X").val() as Shape, "PointInPlane", { param: 0 }).solve();
      assertClose(position(assy, "pin")[0], 0.5, TOLERANCE);
    }));
});

describe("Assembly constraints: bad calls", () => {
  before(async () => {
    await loadKernel();
  });

  const pair = () => Assembly().add(Workplane().box(1, 1, 1), { name: "a" }).add(Workplane().box(1, 1, 1), { name: "b", loc: new Location(0, 0, 3) });

  it("reads CadQuery's query forms, spaces allowed around the parts", () => {
    assert.deepEqual(parseQuery("b2@faces@<Z"), { name: "b2", tag: undefined, kind: "faces", selector: "<Z" });
    assert.deepEqual(parseQuery("SECOND/BOTTOM ? pts"), { name: "SECOND/BOTTOM", tag: "pts", kind: undefined, selector: undefined });
    assert.deepEqual(parseQuery("b1 @ edges @ >>Z and >>Y"), { name: "b1", tag: undefined, kind: "edges", selector: ">>Z and >>Y" });
    assert.deepEqual(parseQuery("part1?pt1@vertices@>X"), { name: "part1", tag: "pt1", kind: "vertices", selector: ">X" });
    assertPartforgeError(() => parseQuery("a?b?c"), "SCRIPT_EXCEPTION", /cannot read the query "a\?b\?c"/);
    assertPartforgeError(() => parseQuery("a@faces"), "SCRIPT_EXCEPTION", /after "@" comes solids, faces, edges or vertices, then "@" and a selector/);
    assertPartforgeError(() => parseQuery("?tag"), "SCRIPT_EXCEPTION", /cannot read the query/);
  });

  it("names an unknown kind, an unknown part, a missing tag and a selector that matches nothing", () =>
    withScope(() => {
      assertPartforgeError(() => pair().constrain("a", "b", "Glued" as never), "SCRIPT_EXCEPTION", /Assembly\.constrain\(q1, kind, param=None\).*kind must be one of "Point"/);
      assertPartforgeError(() => pair().constrain("a", "c", "Point"), "SCRIPT_EXCEPTION", /no part is named "c"; parts are .*"a", "b"/);
      assertPartforgeError(() => pair().constrain("a?top", "b", "Point"), "SCRIPT_EXCEPTION", /the part "a" has no tag "top"/);
      assertPartforgeError(() => pair().constrain("a@faces@>Q", "b", "Point"), "SELECTOR_SYNTAX", /invalid selector ">Q"/);
      assertPartforgeError(() => pair().constrain("a@edges@%CIRCLE", "b", "Point"), "SCRIPT_EXCEPTION", /selects nothing: no edges of "a" match "%CIRCLE"/);
      assertPartforgeError(() => pair().constrain("a@wires@>Z", "b", "Point"), "SCRIPT_EXCEPTION", /after "@" comes solids, faces, edges or vertices/);
    }));

  it("checks arity, entities and parameters as CadQuery's ConstraintSpec does", () =>
    withScope(() => {
      assertPartforgeError(() => pair().constrain("a", "Point"), "SCRIPT_EXCEPTION", /Point constrains two objects; got 1\. Write constrain\(query1, query2, "Point"\)/);
      assertPartforgeError(() => pair().constrain("a", "b", "Fixed"), "SCRIPT_EXCEPTION", /Fixed constrains one object; got 2/);
      assertPartforgeError(() => pair().constrain("a", "FixedPoint"), "SCRIPT_EXCEPTION", /FixedPoint needs param, three numbers/);
      assertPartforgeError(() => pair().constrain("a", "b", "Axis"), "SCRIPT_EXCEPTION", /unsupported entity for Axis on "a": an axis needs a face or an edge; got a solid/);
      assertPartforgeError(() => pair().constrain("a@faces@>Z", "b@faces@<Z", "Axis", [1, 2, 3]), "SCRIPT_EXCEPTION", /the param of Axis must be a number/);
      assertPartforgeError(() => pair().constrain("a", "Fixed", 3), "SCRIPT_EXCEPTION", /Fixed takes no param/);
      assertPartforgeError(() => pair().constrain("a@vertices@>Z", "b@faces@<Z", "PointOnLine"), "SCRIPT_EXCEPTION", /a line needs an edge/);
    }));

  it("refuses to solve nothing, one lone part, and constraints that contradict each other", () =>
    withScope(() => {
      assertPartforgeError(() => pair().solve(), "SCRIPT_EXCEPTION", /at least one constraint is required/);
      assertPartforgeError(() => pair().constrain("a", "Fixed").solve(), "SCRIPT_EXCEPTION", /at least two objects must be constrained; only "a" is/);
      const conflicting = pair().constrain("a", "Fixed").constrain("b", "FixedPoint", [0, 0, 5]).constrain("b", "FixedPoint", [0, 0, 9]);
      assertPartforgeError(() => conflicting.solve(), "SCRIPT_EXCEPTION", /the constraints cannot all be met .*the furthest from holding is constrain\("b", "FixedPoint", /);
    }));

  it("stacks a chain of 30 boxes by 29 Plane constraints, each on the one before (z = i)", () =>
    withScope(() => {
      const assy = Assembly().add(Workplane().box(1, 1, 1), { name: "p0" });
      for (let i = 1; i < 30; i++) assy.add(Workplane().box(1, 1, 1), { name: `p${i}`, loc: new Location(i, (i * 7) % 5, (i * 3) % 4) });
      for (let i = 1; i < 30; i++) assy.constrain(`p${i - 1}@faces@>Z`, `p${i}@faces@<Z`, "Plane");
      const started = Date.now();
      assy.solve();
      for (let i = 1; i < 30; i++) assertClose(position(assy, `p${i}`)[2], i, TOLERANCE);
      assert.ok(Date.now() - started < 60_000);
    }));
});
