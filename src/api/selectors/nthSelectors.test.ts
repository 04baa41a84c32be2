import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PartforgeError } from "../../shared/errors.ts";
import { Vector } from "../vector.ts";
import { compileSelector } from "./compile.ts";
import {
  AreaNthSelector,
  CenterNthSelector,
  DirectionMinMaxSelector,
  DirectionNthSelector,
  LengthNthSelector,
  RadiusNthSelector,
} from "./nthSelectors.ts";
import type { Vec3 } from "./selectable.ts";
import { boredCylinder, cornerCube, fake, fakeBox, names, onlyCenter, unitCube, type Fake } from "./testFixtures.ts";

const select = (selector: string, objects: readonly Fake[]): Fake[] => compileSelector(selector).filter(objects);

function assertSelectionError(run: () => unknown, message: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof PartforgeError, String(error));
    assert.equal(error.code, "SCRIPT_EXCEPTION");
    assert.match(error.message, message);
    return true;
  });
}

const point = (p: Vec3): Fake => fake(`(${p.join(",")})`, "vertex", "VERTEX", p);
const circleEdge = (name: string, radius: number, center: Vec3 = [0, 0, 0]): Fake =>
  fake(name, "edge", "CIRCLE", center, { radius, length: 2 * Math.PI * radius });
const line = (name: string, center: Vec3, direction: Vec3, length = 1): Fake => fake(name, "edge", "LINE", center, { direction, length });

describe("nth selectors", () => {
  describe(">Z and <Z (DirectionMinMaxSelector)", () => {
    const box = cornerCube();

    it(">Z keeps the top face of a box, and <Z the bottom one", () => {
      assert.deepEqual(names(select(">Z", box.faces)), ["+Z"]);
      assert.deepEqual(names(select("<Z", box.faces)), ["-Z"]);
    });

    it("keeps every object at the extreme: 4 top edges, 4 top vertices", () => {
      assert.deepEqual(names(select(">Z", box.edges)), ["|X y=0 z=1", "|X y=1 z=1", "|Y x=0 z=1", "|Y x=1 z=1"]);
      assert.equal(select(">Z", box.vertices).length, 4);
      assert.ok(select(">Z", box.vertices).every((v) => v.center()[2] === 1));
    });

    it("considers objects of any kind, curved or not: >Z on a bored cylinder's edges keeps both top circles", () => {
      const part = boredCylinder();
      assert.deepEqual(names(select(">Z", part.edges)), ["top inner circle", "top outer circle"]);
      assert.deepEqual(names(select(">X", part.edges)), ["outer seam"]);
      assert.deepEqual(names(select(">Z", part.faces)), ["top annulus"]);
    });

    it("groups centres within 0.0001 of the group's first (smallest) key, inclusive", () => {
      const near = [point([0, 0, 1]), point([0, 0, 1.00005]), point([0, 0, 0.5])];
      assert.equal(select(">Z", near).length, 2);
      const apart = [point([0, 0, 1]), point([0, 0, 1.0002])];
      assert.deepEqual(names(select(">Z", apart)), ["(0,0,1.0002)"]);
      // a chain 0, 0.00008, 0.00016: the first group is anchored at 0, so 0.00016 starts a new one
      const chain = [point([0, 0, 0]), point([0, 0, 0.00008]), point([0, 0, 0.00016])];
      assert.deepEqual(names(select(">Z", chain)), ["(0,0,0.00016)"]);
      assert.deepEqual(names(select("<Z", chain)), ["(0,0,0)", "(0,0,0.00008)"]);
      // exactly the tolerance apart still groups (CadQuery compares with <=)
      assert.equal(select(">Z", [point([0, 0, 0]), point([0, 0, 0.0001])]).length, 2);
    });

    it("honours a custom tolerance and directionMax: false", () => {
      const points = [point([0, 0, 0]), point([0, 0, 0.4]), point([0, 0, 1])];
      assert.equal(new DirectionMinMaxSelector([0, 0, 1], { tolerance: 0.5 }).filter(points).length, 1);
      assert.equal(new DirectionMinMaxSelector([0, 0, 1], { directionMax: false, tolerance: 0.5 }).filter(points).length, 2);
    });

    it("projects on the direction as given: >XY keeps the corner with the largest x + y", () => {
      assert.deepEqual(names(select(">XY", box.vertices)), ["(1,1,0)", "(1,1,1)"]);
      assert.deepEqual(names(select("<(1,1,1)", box.vertices)), ["(0,0,0)"]);
    });

    it("is an error on an empty list, as in CadQuery", () => {
      assertSelectionError(() => select(">Z", []), /^selector >Z: there are no objects to select from$/);
    });
  });

  describe(">Z[n] and <Z[n] (DirectionNthSelector)", () => {
    const box = cornerCube();

    it("orders the faces parallel to the direction, smallest first for >, largest first for <", () => {
      assert.deepEqual(names(select(">Z[0]", box.faces)), ["-Z"]);
      assert.deepEqual(names(select(">Z[1]", box.faces)), ["+Z"]);
      assert.deepEqual(names(select(">Z[-1]", box.faces)), ["+Z"]);
      assert.deepEqual(names(select(">Z[-2]", box.faces)), ["-Z"]);
      assert.deepEqual(names(select("<Z[0]", box.faces)), ["+Z"]);
      assert.deepEqual(names(select("<Z[-1]", box.faces)), ["-Z"]);
    });

    it("considers only planar faces and straight edges parallel to the direction, so >Z[-1] on a box's edges gives the 4 vertical ones", () => {
      assert.deepEqual(names(select(">Z[-1]", box.edges)), ["|Z x=0 y=0", "|Z x=0 y=1", "|Z x=1 y=0", "|Z x=1 y=1"]);
      assert.deepEqual(names(select(">Z", box.edges)), ["|X y=0 z=1", "|X y=1 z=1", "|Y x=0 z=1", "|Y x=1 z=1"]);
      assert.deepEqual(names(select(">Z[0]", boredCylinder().edges)), ["inner seam", "outer seam"]);
    });

    it("reports an out-of-range index with the number of groups and the valid range", () => {
      assertSelectionError(
        () => select(">Z[2]", box.faces),
        /^selector >Z\[2\]: index 2 is out of range: the 2 faces it considers fall in 2 groups, so the index must be from -2 to 1$/,
      );
      assertSelectionError(() => select("<Z[-3]", box.faces), /index -3 is out of range/);
      assertSelectionError(() => select("<Z[1]", boredCylinder().edges), /the 2 edges it considers all fall in 1 group, so the index must be from -1 to 0/);
    });

    it("says when no object is parallel to the direction", () => {
      assertSelectionError(
        () => select(">Z[0]", box.vertices),
        /^selector >Z\[0\]: none of the 8 vertices is a planar face or straight edge parallel to Z$/,
      );
    });
  });

  describe("constructor arguments", () => {
    it("rejects a fractional index, a bad directionMax and unknown options", () => {
      const rejects = (make: () => unknown, message: RegExp) =>
        assert.throws(make, (e: unknown) => e instanceof PartforgeError && e.code === "SCRIPT_EXCEPTION" && message.test(e.message));
      rejects(() => new RadiusNthSelector(0.5), /RadiusNthSelector: the index must be a whole number; got 0.5/);
      rejects(() => new LengthNthSelector(0, { directionMax: "no" as never }), /directionMax must be true or false/);
      rejects(() => new AreaNthSelector(0, { max: true } as never), /unknown option "max"/);
      rejects(() => new CenterNthSelector([0, 0, 0], 0), /CenterNthSelector: the direction must not be the zero vector/);
    });

    it("prints in selector-string spelling where one exists", () => {
      assert.equal(String(new DirectionMinMaxSelector([0, 0, 1], { directionMax: false })), "<Z");
      assert.equal(String(new DirectionNthSelector([1, 0, 1], -2)), ">XZ[-2]");
      assert.equal(String(new CenterNthSelector([0, 2, 0], 1, { directionMax: false })), "<<(0,2,0)[1]");
      assert.equal(String(new RadiusNthSelector(0, { directionMax: false })), "RadiusNthSelector(0, { directionMax: false })");
      assert.equal(String(new AreaNthSelector(1, { tolerance: 0.1 })), "AreaNthSelector(1, { tolerance: 0.1 })");
    });
  });

  describe("ported from CadQuery tests/test_selectors.py", () => {
    // testMaxDistance
    it("selects the top face of a unit cube and its 4 top edges with >Z", () => {
      const c = unitCube();
      assert.equal(select(">Z", c.faces).length, 1);
      const edges = select(">Z", c.edges);
      assert.equal(edges.length, 4);
      for (const edge of edges) assert.equal(edge.center()[2], 1);
    });

    // testMinDistance
    it("selects the bottom face of a unit cube and its 4 bottom edges with <Z", () => {
      const c = unitCube();
      assert.equal(select("<Z", c.faces).length, 1);
      const edges = select("<Z", c.edges);
      assert.equal(edges.length, 4);
      for (const edge of edges) assert.equal(edge.center()[2], 0);
    });

    // testNthDistance (two unit boxes at x = -2 and x = 2)
    it("picks the n-th face along X among two boxes, by object and by string", () => {
      const faces = [...fakeBox([-2.5, -0.5, -0.5], [-1.5, 0.5, 0.5]).faces, ...fakeBox([1.5, -0.5, -0.5], [2.5, 0.5, 0.5]).faces];
      const x = (selector: DirectionNthSelector | string) =>
        onlyCenter(typeof selector === "string" ? select(selector, faces) : selector.filter(faces))[0];
      assert.equal(x(new DirectionNthSelector(new Vector(1, 0, 0), 1)), -1.5);
      assert.equal(x(new DirectionNthSelector(new Vector(-1, 0, 0), 1)), 1.5);
      assert.equal(x(new DirectionNthSelector(new Vector(1, 0, 0), -2)), 1.5);
      assert.equal(x(new DirectionNthSelector(new Vector(1, 0, 0), -1)), 2.5);
      assert.equal(x(">(1,0,0)[1]"), -1.5);
      assert.equal(x(">X[1]"), -1.5);
      assert.equal(x(">(-1,0,0)[1]"), 1.5);
      assert.equal(x("<X[1]"), 1.5);
      assert.equal(x(">X[-2]"), 1.5);
      assert.equal(x(">X[-1]"), 2.5);
      assert.deepEqual(select("<Z[-1]", faces).map((f) => f.center()), select("<Z", faces).map((f) => f.center()));
    });

    // testCenterNthSelector
    it("orders a unit cube's faces, edges and vertices by centre along Z, X and (1,1,1)", () => {
      const c = unitCube();
      const sel = (direction: Vec3, n: number) => new CenterNthSelector(direction, n);
      assert.deepEqual(onlyCenter(sel([0, 0, 1], 0).filter(c.faces)), [0, 0, 0]);
      assert.equal(sel([0, 0, 1], 1).filter(c.faces).length, 4);
      assert.ok(sel([0, 0, 1], 1).filter(c.faces).every((f) => f.center()[2] === 0.5));
      assert.deepEqual(onlyCenter(sel([0, 0, 1], 2).filter(c.faces)), [0, 0, 1]);
      assertSelectionError(() => sel([0, 0, 1], 3).filter(c.faces), /index 3 is out of range/);
      assert.deepEqual(onlyCenter(sel([1, 0, 0], 0).filter(c.faces)), [-0.5, 0, 0.5]);
      assert.equal(sel([1, 0, 0], 1).filter(c.faces).length, 4);
      assert.ok(sel([1, 0, 0], 1).filter(c.faces).every((f) => f.center()[0] === 0));
      assert.deepEqual(onlyCenter(sel([1, 0, 0], 2).filter(c.faces)), [0.5, 0, 0.5]);
      assertSelectionError(() => sel([1, 0, 0], 3).filter(c.faces), /out of range/);
      assert.equal(sel([1, 1, 1], 0).filter(c.faces).length, 3);
      assert.equal(sel([1, 1, 1], 1).filter(c.faces).length, 3);
      assertSelectionError(() => sel([1, 1, 1], 2).filter(c.faces), /out of range/);
      for (const [n, z] of [[0, 0], [1, 0.5], [2, 1]] as const) {
        const edges = sel([0, 0, 1], n).filter(c.edges);
        assert.equal(edges.length, 4);
        assert.ok(edges.every((e) => e.center()[2] === z));
      }
      assertSelectionError(() => sel([0, 0, 1], 3).filter(c.edges), /out of range/);
      for (const [n, z] of [[0, 0], [1, 1]] as const) {
        const vertices = sel([0, 0, 1], n).filter(c.vertices);
        assert.equal(vertices.length, 4);
        assert.ok(vertices.every((v) => v.center()[2] === z));
      }
      assertSelectionError(() => sel([0, 0, 1], 3).filter(c.vertices), /out of range/);
    });

    // testCenterNthSelector: empty list and string forms
    it("is an error on an empty list, and >>X[-1], <<(2,0,1)[0], <<X[0], >>X all pick the +X face", () => {
      assertSelectionError(() => new CenterNthSelector([0, 0, 1], 0).filter([]), /no objects to select from/);
      const faces = unitCube().faces;
      for (const selector of [">>X[-1]", "<<(2,0,1)[0]", "<<X[0]", ">>X"]) assert.deepEqual(names(select(selector, faces)), ["+X"], selector);
    });

    // testCenterNthSelector: rect(2, 2).extrude(1, taper=30)
    it("lets >>Z[-2] pick a tapered prism's 4 slanted edges, where >Z[-2] finds no edge parallel to Z", () => {
      const t = 1 - Math.tan(Math.PI / 6);
      const edges: Fake[] = [];
      for (const s of [-1, 1]) {
        edges.push(line(`bottom |X ${s}`, [0, s, 0], [1, 0, 0], 2), line(`bottom |Y ${s}`, [s, 0, 0], [0, 1, 0], 2));
        edges.push(line(`top |X ${s}`, [0, s * t, 1], [1, 0, 0], 2 * t), line(`top |Y ${s}`, [s * t, 0, 1], [0, 1, 0], 2 * t));
      }
      for (const [sx, sy] of [[-1, -1], [-1, 1], [1, -1], [1, 1]] as const) {
        const d = Math.hypot(1 - t, 1 - t, 1);
        edges.push(line(`slant ${sx} ${sy}`, [(sx * (1 + t)) / 2, (sy * (1 + t)) / 2, 0.5], [(-sx * (1 - t)) / d, (-sy * (1 - t)) / d, 1 / d]));
      }
      assert.deepEqual(names(select(">>Z[-2]", edges)), ["slant -1 -1", "slant -1 1", "slant 1 -1", "slant 1 1"]);
      assertSelectionError(() => select(">Z[-2]", edges), /none of the 12 edges is a planar face or straight edge parallel to Z/);
    });

    // testCenterNthSelector: a 10×10×1 plate with a hole of radius 1 at (2, 5)
    it("picks a plate's hole circle and hole face as the second group along X", () => {
      const topEdges = [
        line("x=0", [0, 5, 1], [0, 1, 0], 10),
        line("x=10", [10, 5, 1], [0, 1, 0], 10),
        line("y=0", [5, 0, 1], [1, 0, 0], 10),
        line("y=10", [5, 10, 1], [1, 0, 0], 10),
        circleEdge("hole", 1, [2, 5, 1]),
      ];
      const hole = new CenterNthSelector(new Vector(1, 0, 0), 1).filter(topEdges);
      assert.equal(hole.length, 1);
      assert.equal(hole[0]!.radius!(), 1);
      const xBar = (100 * 5 - Math.PI * 2) / (100 - Math.PI);
      const faces = [
        fake("left", "face", "PLANE", [0, 5, 0.5], { normal: [-1, 0, 0] }),
        fake("right", "face", "PLANE", [10, 5, 0.5], { normal: [1, 0, 0] }),
        fake("front", "face", "PLANE", [5, 0, 0.5], { normal: [0, -1, 0] }),
        fake("back", "face", "PLANE", [5, 10, 0.5], { normal: [0, 1, 0] }),
        fake("top", "face", "PLANE", [xBar, 5, 1], { normal: [0, 0, 1] }),
        fake("bottom", "face", "PLANE", [xBar, 5, 0], { normal: [0, 0, -1] }),
        fake("hole", "face", "CYLINDER", [2, 5, 0.5], { radius: 1 }),
      ];
      const holeFace = new CenterNthSelector(new Vector(1, 0, 0), 1).filter(faces);
      assert.equal(holeFace.length, 1);
      assert.notEqual(holeFace[0]!.geomType, "PLANE");
    });

    // testCenterNthSelector: two unit boxes centred at (0,0,0) and (10,10,10)
    it("orders solids by centre along each axis", () => {
      const box0 = fakeBox([-0.5, -0.5, -0.5], [0.5, 0.5, 0.5], "box0").solid;
      const box1 = fakeBox([9.5, 9.5, 9.5], [10.5, 10.5, 10.5], "box1").solid;
      for (const direction of [[0, 0, 1], [0, 1, 0], [1, 0, 0]] as const) {
        assert.deepEqual(onlyCenter(new CenterNthSelector(direction, 0).filter([box1, box0])), [0, 0, 0]);
        assert.deepEqual(onlyCenter(new CenterNthSelector(direction, 1).filter([box0, box1])), [10, 10, 10]);
      }
    });

    // testRadiusNthSelector: key()
    it("keys circles by radius and ignores lines and solids", () => {
      const selector = new RadiusNthSelector(0);
      assert.equal(selector.key(circleEdge("arc", 2.3)), 2.3);
      assert.equal(selector.key(line("line", [0.5, 0.5, 0.5], [1, 1, 1])), undefined);
      assert.equal(selector.key(unitCube().solid), undefined);
      assert.equal(selector.key(fake("cylinder", "face", "CYLINDER", [0, 0, 0], { radius: 4 })), undefined);
    });

    // testRadiusNthSelector: box(10, 10, 1) with its vertical edges filleted r = 1, 1, 2, 3, top face edges
    it("orders a filleted plate's top arcs by radius, ignoring the straight edges", () => {
      const edges = [
        line("y=5", [0, 5, 0.5], [1, 0, 0]),
        line("y=-5", [0, -5, 0.5], [1, 0, 0]),
        line("x=5", [5, 0, 0.5], [0, 1, 0]),
        line("x=-5", [-5, 0, 0.5], [0, 1, 0]),
        circleEdge("r1 at (5,5)", 1),
        circleEdge("r1 at (-5,5)", 1),
        circleEdge("r2 at (-5,-5)", 2),
        circleEdge("r3 at (5,-5)", 3),
      ];
      assert.deepEqual(names(new RadiusNthSelector(0).filter(edges)), ["r1 at (-5,5)", "r1 at (5,5)"]);
      assert.deepEqual(names(new RadiusNthSelector(1).filter(edges)), ["r2 at (-5,-5)"]);
      assert.deepEqual(names(new RadiusNthSelector(-1).filter(edges)), ["r3 at (5,-5)"]);
      assertSelectionError(() => new RadiusNthSelector(3).filter(edges), /^selector RadiusNthSelector\(3\): index 3 is out of range: the 4 edges it considers fall in 3 groups/);
      assert.deepEqual(names(new RadiusNthSelector(0, { directionMax: false }).filter(edges)), ["r3 at (5,-5)"]);
    });

    // testRadiusNthSelector: wires
    it("orders circular wires by radius", () => {
      const wire = (name: string, radius: number) => fake(name, "wire", "WIRE", [0, 0, 0], { radius });
      const wires = [wire("a", 2), wire("b", 2), wire("c", 4)];
      assert.equal(new RadiusNthSelector(0).filter(wires).length, 2);
      assert.deepEqual(names(new RadiusNthSelector(1).filter(wires)), ["c"]);
    });

    // testLengthNthSelector_EmptyEdgesList, testLengthNthSelector_Faces
    it("is an error on no edges, and on faces, which have no length", () => {
      assertSelectionError(() => new LengthNthSelector(0).filter([]), /no objects to select from/);
      assertSelectionError(() => new LengthNthSelector(0).filter(unitCube().faces), /none of the 6 faces is an edge or wire with a length/);
    });

    // testLengthNthSelector_EdgesOfUnitCube, testLengthNthSelector_EdgesOf123Cube
    it("selects all 12 edges of a unit cube and the 4 edges of length 2 of a 1×2×3 box", () => {
      assert.equal(new LengthNthSelector(0).filter(unitCube().edges).length, 12);
      const edges = new LengthNthSelector(1).filter(fakeBox([-0.5, -1, -1.5], [0.5, 1, 1.5]).edges);
      assert.deepEqual(edges.map((e) => e.length!()), [2, 2, 2, 2]);
    });

    // testLengthNthSelector_PlateWithHoles: a 10×10 plate with 4 holes of diameter 1, top face wires
    it("tells a plate's 4 hole rims from its perimeter by length", () => {
      const wire = (name: string, length: number) => fake(name, "wire", "WIRE", [0, 0, 1], { length });
      const wires = [wire("perimeter", 40), ...[1, 2, 3, 4].map((i) => wire(`rim ${i}`, Math.PI))];
      const rims = new LengthNthSelector(0).filter(wires);
      assert.equal(rims.length, 4);
      assert.deepEqual(rims.map((w) => w.length!()), [Math.PI, Math.PI, Math.PI, Math.PI]);
      assert.deepEqual(names(new LengthNthSelector(1).filter(wires)), ["perimeter"]);
    });

    // testLengthNthSelector_UnsupportedShapes, testLengthNthSelector_UnitEdgeAndWire
    it("has no length key for faces, shells and compounds, and keys a unit edge and wire by 1", () => {
      const selector = new LengthNthSelector(0);
      for (const kind of ["face", "shell", "compound"] as const) assert.equal(selector.key(fake(kind, kind, "OTHER", [0, 0, 0], { length: 1 })), undefined);
      assert.equal(selector.key(line("unit", [0, 0, 0.5], [0, 0, 1], 1)), 1);
      assert.equal(selector.key(fake("unit wire", "wire", "WIRE", [0, 0, 0.5], { length: 1 })), 1);
    });

    // testAreaNthSelector_Vertices, testAreaNthSelector_Edges
    it("is an error on vertices and edges, which have no area", () => {
      const box = fakeBox([-5, -5, -5], [5, 5, 5]);
      assertSelectionError(() => new AreaNthSelector(0).filter(box.vertices), /none of the 8 vertices is a face, shell, solid or closed planar wire/);
      assertSelectionError(() => new AreaNthSelector(0).filter(box.edges), /none of the 12 edges/);
    });

    // testAreaNthSelector_Faces
    it("selects the two faces of intermediate area of a 10×20×30 box", () => {
      const faces = new AreaNthSelector(1).filter(fakeBox([-5, -10, -15], [5, 10, 15]).faces);
      assert.deepEqual(faces.map((f) => f.area!()), [300, 300]);
    });

    // testAreaNthSelector_NestedWires: the three nested wires of a box's top with a lid lip
    it("orders nested coplanar wires by the area they bound", () => {
      const wire = (name: string, side: number) => fake(name, "wire", "WIRE", [0, 0, 50], { area: side * side });
      const wires = [wire("inner", 40), wire("outer", 50), wire("middle", 46)];
      assert.deepEqual(names(new AreaNthSelector(-1).filter(wires)), ["outer"]);
      assert.deepEqual(names(new AreaNthSelector(1).filter(wires)), ["middle"]);
      assert.deepEqual(names(new AreaNthSelector(0).filter(wires)), ["inner"]);
    });

    // testAreaNthSelector_NonplanarWire: circle(10).extrude(50)
    it("ignores a cylinder's non-planar side wire and groups its two end circles", () => {
      const wires = [
        fake("bottom", "wire", "WIRE", [0, 0, 0], { area: Math.PI * 100 }),
        fake("top", "wire", "WIRE", [0, 0, 50], { area: Math.PI * 100 }),
        fake("side", "wire", "WIRE", [5, 0, 25]),
      ];
      assertSelectionError(() => new AreaNthSelector(1).filter(wires), /index 1 is out of range/);
      assert.deepEqual(names(new AreaNthSelector(0).filter(wires)), ["bottom", "top"]);
    });

    // testAreaNthSelector_Shells, testAreaNthSelector_Solids
    it("orders shells and solids by surface area", () => {
      const shell = (size: number) => fake(`shell ${size}`, "shell", "SHELL", [0, 0, 0], { area: 6 * size * size });
      assert.deepEqual(names(new AreaNthSelector(0).filter([shell(10), shell(20), shell(30)])), ["shell 10"]);
      const solids = [10, 20, 20].map((size, i) => fakeBox([30 * i, 0, 0], [30 * i + size, size, size], `solid ${i}`).solid);
      const larger = new AreaNthSelector(1).filter(solids);
      assert.deepEqual(larger.map((s) => s.area!()), [2400, 2400]);
    });

    // testVertexFilter
    it("picks the top face's vertex nearest the origin with <XY", () => {
      const c = cornerCube();
      const top = select("+Z", c.faces);
      assert.equal(top.length, 1);
      const topVertices = c.vertices.filter((v) => v.center()[2] === 1);
      assert.deepEqual(onlyCenter(select("<XY", topVertices)), [0, 0, 1]);
    });

    // testShape: vertices(">Z").vertices(">X and >Y") on box(3, 2, 1)
    it("chains >Z then >X and >Y down to one corner vertex", () => {
      const vertices = fakeBox([-1.5, -1, -0.5], [1.5, 1, 0.5]).vertices;
      assert.deepEqual(onlyCenter(select(">X and >Y", select(">Z", vertices))), [1.5, 1, 0.5]);
    });
  });
});
