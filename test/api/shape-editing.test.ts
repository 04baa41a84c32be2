/**
 * CadQuery 2.6+'s shape methods the free-function documentation uses (issue 13, point 3): single
 * selection, `toLocs`, `moved` with several Locations or a shape, `remove`, `replace`,
 * `Face.addHole`, iteration over a shape's parts, and `Workplane.slice` for Python's `wp[a:b]`.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Compound, Edge, Face, Location, Solid, Workplane, func, type Shape } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError } from "../helpers/geometry.ts";

const { box, circle, rect, face, sphere } = func;

describe("shape editing and placement (CadQuery 2.6+)", () => {
  before(async () => {
    await loadKernel();
  });

  it("selects one sub-shape with a selector, and says which selector matched nothing", () =>
    withScope(() => {
      const b = box(2, 2, 2);
      assert.ok(b.face(">Z").Center().equals([0, 0, 2]));
      assert.ok(b.vertex(">X and >Y and >Z").Center().equals([1, 1, 2]));
      assertClose(b.edge("|Z").Length(), 2, 1e-12);
      assert.equal(b.solid().ShapeType(), "Solid");
      assertPartforgeError(() => b.face("%CYLINDER"), "SCRIPT_EXCEPTION", /Shape\.face\("%CYLINDER"\): no face of this solid is selected \(it has 6\)/);
    }));

  it("stands for Locations: a face at its centre and normal, a compound for each member, others at their centre", () =>
    withScope(() => {
      const top = box(2, 2, 2).face(">Z");
      const [loc] = top.toLocs();
      assert.ok(loc!.position.equals([0, 0, 2]));
      assert.deepEqual(rect(2, 4).vertices().toLocs().map((l) => l.toTuple().map((c) => Math.round(c * 1e9) / 1e9 + 0)).sort(), [[-1, -2, 0], [-1, 2, 0], [1, -2, 0], [1, 2, 0]]);
      // moved(shape): a copy at each of its Locations.
      const circles = circle(0.5).moved(rect(2, 4).vertices()).moved(top);
      assert.equal(circles.Edges().length, 4);
      assert.ok(circles.Edges().every((e) => Math.abs(e.Center().z - 2) < 1e-9));
      // moved(loc1, loc2, *locs) and moved(locs)
      assert.equal(sphere(1).moved([0, -2, 0], [0, 2, 0], [0, 0, 3]).Solids().length, 3);
      assert.equal(sphere(1).moved([new Location([0, -2, 0]), new Location([0, 2, 0])]).Solids().length, 2);
    }));

  it("removes and replaces sub-shapes, keeping the rest shared, and adds holes to faces", () =>
    withScope(() => {
      const b = box(1, 1, 1);
      const [top, bottom] = [b.face(">Z"), b.face("<Z")];
      assert.equal(b.remove(top, bottom).Faces().length, 4);
      const holed = (top as Face).addHole(circle(0.2).moved({ z: 1 }) as Edge);
      assertClose(holed.Area(), 1 - Math.PI * 0.04, 1e-9);
      const replaced = b.replace(top, holed);
      assert.equal(replaced.Faces().length, 6);
      assert.ok(replaced.Faces().some((f) => f.isSame(bottom)), "the kept faces are the same sub-shapes");
      assertClose(replaced.Area(), 6 - Math.PI * 0.04, 1e-9);
      const pair = Compound.makeCompound([b, Solid.makeBox(1, 1, 1, [3, 0, 0])]);
      assert.equal(pair.remove(b).Solids().length, 1);
    }));

  it("iterates over a shape's parts, one level down (Python's *shape)", () =>
    withScope(() => {
      const b = box(1, 1, 1);
      assert.equal([...b].length, 1);
      assert.equal([...b.shells()].length, 6);
      assert.equal([...rect(1, 1)].length, 4);
      assert.equal([...func.compound(b, sphere(1))].length, 2);
      const sides: Shape[] = [...func.extrude(rect(1, 1), [0, 0, 1])];
      assertClose(func.solid(face(rect(1, 1)), face(rect(1, 1)).moved({ z: 1 }), ...sides).Volume(), 1, 1e-9);
    }));

  it("slices a Workplane's stack as Python's wp[a:b]", () =>
    withScope(() => {
      const wp = Workplane().add([0, 1, 2, 3, 4].map((i) => box(1, 1, i + 1).moved({ x: 2 * i })));
      assert.equal(wp.slice(0, 3).size(), 3);
      assert.equal(wp.slice(-2).size(), 2);
      assertClose((wp.slice(1, 2).val() as Shape).Volume(), 2, 1e-9);
      assertPartforgeError(() => wp.slice(0.5 as never), "SCRIPT_EXCEPTION", /Workplane\.slice\(start=None, end=None\): start must be a whole number/);
    }));
});
