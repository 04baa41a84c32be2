/**
 * Ports of CadQuery's tests/test_assembly.py that do not need its constraint solver or its
 * CAF/VTK/glTF exporters: colours, the tree, names, located shapes, and STEP names and colours
 * through `buildModel`. Each case names its origin. The constraint cases (test_constrain,
 * test_axis_constraint, test_point_constraint, test_unary_constraints, test_point_on_line…) are
 * ported in test/api/assembly-constraints.test.ts.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Assembly, Color, Location, Vector, Workplane, type Shape } from "../../../src/api/index.ts";
import { buildModel } from "../../../src/build/index.ts";
import { withScope } from "../../../src/kernel/index.ts";
import { assertPartforgeError } from "../../helpers/geometry.ts";
import { readStepIndependently } from "../../helpers/stepReader.ts";
import { assertAlmostEqual, assertTupleAlmostEquals, withKernelLoaded } from "./helpers.ts";

/** test_assembly.py fixture `simple_assy`. */
function simpleAssy() {
  const b1 = Workplane().box(1, 1, 1, { centered: false }).val() as Shape;
  const b2 = Workplane().box(1, 1, 2);
  const b3 = Workplane().pushPoints([[0, 0], [-2, -5]]).box(1, 1, 3);
  const assy = Assembly(b1, { loc: new Location(new Vector(2, -5, 0)) });
  assy.add(b2, { loc: new Location(new Vector(1, 1, 0)) });
  assy.add(b3, { loc: new Location(new Vector(2, 3, 0)) });
  return assy;
}

/** test_assembly.py fixture `nested_assy`. */
function nestedAssy() {
  const b1 = Workplane().box(1, 1, 1).faces("<Z").tag("top_face").end();
  const b2 = Workplane().box(1, 1, 1).faces("<Z").tag("bottom_face").end();
  const b3 = Workplane().pushPoints([[-2, 0], [2, 0]]).tag("pts").box(1, 1, 0.5).tag("boxes");
  const assy = Assembly(b1, { loc: new Location(new Vector(0, 0, 0)), name: "TOP" });
  const assy2 = Assembly(b2, { loc: new Location(new Vector(0, 4, 0)), name: "SECOND" });
  assy2.add(b3, { loc: new Location(new Vector(0, 4, 0)), name: "BOTTOM" });
  assy.add(assy2, { color: new Color("green") });
  return assy;
}

describe("CadQuery tests/test_assembly.py", () => {
  withKernelLoaded();

  // test_assembly.py::test_color
  it("test_color: names, channels, alpha and hex strings", () => {
    assert.equal(new Color("red").r, 1);
    assert.equal(new Color("red").a, 1);
    assert.equal(new Color(1, 0, 0).r, 1);
    assert.equal(new Color(1, 0, 0, 0.5).a, 0.5);
    const c5 = new Color("#FF0");
    assert.deepEqual([c5.r, c5.g, c5.b, c5.a], [1, 1, 0, 1]);
    const c6 = new Color("#FF0F");
    assert.deepEqual([c6.r, c6.g, c6.b, c6.a], [1, 1, 0, 1]);
    const c7 = new Color("#FFFF00");
    assert.deepEqual([c7.r, c7.g, c7.b], [1, 1, 0]);
    const c8 = new Color("#FFFF00FF");
    assert.deepEqual([c8.r, c8.g, c8.b, c8.a], [1, 1, 0, 1]);
    assert.throws(() => new Color("?????"), /not a colour name|unknown colour/);
    assert.throws(() => new Color(1, 2, 3), /green must be a number from 0 to 1/);
  });

  // test_assembly.py::test_assembly
  it("test_assembly: objects, children, shapes and bottom-up traversal", () =>
    withScope(() => {
      const simple = simpleAssy();
      assert.equal(Object.keys(simple.objects).length, 3);
      assert.equal(simple.children.length, 2);
      assert.equal(simple.shapes.length, 1);
      const nested = nestedAssy();
      assert.equal(Object.keys(nested.objects).length, 3);
      assert.equal(nested.children.length, 1);
      assert.equal(nested.objects["SECOND"]!.parent, nested);
      const kvs = nested.traverse();
      assert.equal(kvs[0]![0], "BOTTOM");
      assert.equal(kvs[0]![1].shapes[0]!.Solids().length, 2);
      assert.equal(kvs[kvs.length - 1]![0], "TOP");
    }));

  // test_assembly.py::test_assy_root_name
  it("test_assy_root_name: a given root name is kept; a missing one is generated", () =>
    withScope(() => {
      assert.equal(nestedAssy().name, "TOP");
      assert.ok(simpleAssy().name.length > 0);
    }));

  // test_assembly.py::test_leaf_node_count (counted as exported parts)
  it("test_leaf_node_count: one exported part per node with shapes", () =>
    withScope(() => {
      assert.equal(simpleAssy().parts().length, 3);
      assert.equal(nestedAssy().parts().length, 3);
    }));

  // test_assembly.py::test_duplicate_name
  it("test_duplicate_name: names are unique in the tree", () =>
    withScope(() => {
      assertPartforgeError(() => nestedAssy().add(null, { name: "SECOND" }), "SCRIPT_EXCEPTION", /already used/);
    }));

  // test_assembly.py::test_toCompound (the part before constraints)
  it("test_toCompound: four solids, at their locations", () =>
    withScope(() => {
      const simple = simpleAssy().toShapes().flatMap((s) => s.Solids());
      assert.equal(simple.length, 4);
      const nested = nestedAssy().toShapes().flatMap((s) => s.Solids());
      assert.equal(nested.length, 4);
      // BOTTOM sits at 0 + 4 + 4 in y, its two boxes at x = ±2
      const bottom = nestedAssy().parts().find((p) => p.name === "BOTTOM")!;
      assertTupleAlmostEquals(bottom.shapes[0]!.BoundingBox().center.toTuple(), [0, 8, 0], 6);
    }));

  // test_assembly.py::test_order_of_transform (located part, without the solver)
  it("test_order_of_transform: a rotated part inside a moved sub-assembly", () =>
    withScope(() => {
      const part = Workplane().box(1, 1, 1);
      const assy0 = Assembly().add(part, { name: "part1", loc: new Location([0, 0, 1.5], [0, 0, 1], 45) });
      const assy1 = Assembly().add(assy0, { name: "assy0", loc: new Location(2, 0, 0) });
      const [placed] = assy1.parts();
      assert.ok(placed !== undefined);
      assertTupleAlmostEquals(placed.shapes[0]!.Center().toTuple(), [2, 0, 1.5], 6);
      // rotated 45° about z: its corners reach √2/2 from the centre in x
      assertAlmostEqual(placed.shapes[0]!.BoundingBox().xlen, Math.SQRT2, 6);
    }));

  // test_assembly.py::test_step_color
  it("test_step_color: the STEP file carries the part's colour", async () => {
    const source = `import { Workplane, Assembly, Color } from "partforge";
export const METADATA = { name: "step colour" };
export function build() {
  const assy = Assembly();
  assy.add(Workplane().box(10, 10, 10), { color: Color(0.47, 0.253, 0.18, 1.0) });
  return assy;
}`;
    const out = await buildModel({ source, language: "ts", type: "step" });
    const line = new TextDecoder().decode(out.bytes).split("\n").find((l) => l.includes("COLOUR_RGB('',"));
    assert.ok(line, "a COLOUR_RGB line");
    for (const value of ["0.47", "0.25", "0.18"]) assert.ok(line.includes(value), `${value} in ${line}`);
  });

  // test_assembly.py::test_step_export (names and locations read back)
  it("test_step_export: every part named, coloured and placed in the STEP file", async () => {
    const source = `import { Workplane, Assembly, Color, Location } from "partforge";
export const METADATA = { name: "nested" };
export function build() {
  const assy = Assembly(Workplane().box(1, 1, 1), { name: "TOP" });
  const second = Assembly(Workplane().box(1, 1, 1), { name: "SECOND", loc: Location([0, 4, 0]) });
  second.add(Workplane().pushPoints([[-2, 0], [2, 0]]).box(1, 1, 0.5), { name: "BOTTOM", loc: Location([0, 4, 0]) });
  assy.add(second, { color: Color("green") });
  return assy;
}`;
    const out = await buildModel({ source, language: "ts", type: "step" });
    const reading = await readStepIndependently(out.bytes);
    const names = reading.solids.map((s) => s.name).sort();
    assert.deepEqual(names, ["BOTTOM", "BOTTOM", "SECOND", "TOP"]);
    const green = reading.solids.filter((s) => s.color !== undefined && s.color[1] > 0.99 && s.color[0] < 0.01);
    assert.equal(green.length, 3, "SECOND and its child BOTTOM inherit green");
    const volume = reading.solids.reduce((sum, s) => sum + s.volume, 0);
    assertAlmostEqual(volume, 1 + 1 + 2 * 0.5, 4);
  });
});
