/** Workplane's stack methods that take the script's functions (filter, map, apply, sort, invoke) and rebuild the chain (all, copyWorkplane). */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Location, Workplane, isShape, type Shape, type StackItem } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertGeometry, assertPartforgeError } from "../helpers/geometry.ts";

const cube = () => Workplane().box(10, 10, 10);

function asShape(item: StackItem): Shape {
  assert.ok(isShape(item), "expected a shape");
  return item;
}

describe("Workplane stack callbacks", () => {
  before(async () => {
    await loadKernel();
  });

  describe("all", () => {
    it("returns one Workplane per stack object, each holding only that object, continuing the chain", () =>
      withScope(() => {
        const boxes = Workplane().pushPoints([[0, 0], [5, 0]]).box(1, 1, 1, { combine: false });
        const each = boxes.all();
        assert.equal(each.length, 2);
        assert.deepEqual(each.map((wp) => wp.size()), [1, 1]);
        assert.ok(asShape(each[1]!.val()).isSame(asShape(boxes.vals()[1]!)));
        assert.equal(each[0]!.parent, boxes);
        assert.deepEqual(Workplane().all(), []);
      }));

    it("refuses arguments, naming CadQuery's form", () =>
      withScope(() => {
        assertPartforgeError(() => (cube().all as (...a: unknown[]) => unknown)(1), "SCRIPT_EXCEPTION", /Workplane\.all\(\): got 1 positional arguments; it takes none/);
      }));
  });

  describe("copyWorkplane", () => {
    it("builds on the other Workplane's plane and combines with this chain's solid (CadQuery's copying-workplanes example: 20π − 8/3)", () =>
      withScope(() => {
        const result = Workplane("front").circle(1).extrude(10).copyWorkplane(Workplane("right", { origin: [-5, 0, 0] })).circle(1).extrude(10);
        // Two unit cylinders of length 10 crossing over half of one's length: half a Steinmetz solid (16/3 r³) is shared.
        assertGeometry(result, { volume: 20 * Math.PI - 8 / 3, solids: 1 });
      }));

    it("takes the other Workplane's plane and stack, with this Workplane as parent", () =>
      withScope(() => {
        const base = cube();
        const other = Workplane("XY", { origin: [0, 0, 7] }).pushPoints([[1, 2]]);
        const copied = base.copyWorkplane(other);
        assert.equal(copied.parent, base);
        assert.equal(copied.plane.origin.z, 7);
        assert.equal(copied.size(), 1);
        assert.ok(copied.val() instanceof Location);
        assertGeometry(base.copyWorkplane(Workplane("XY", { origin: [0, 0, 20] })).box(2, 2, 2), { volume: 1008, solids: 2 });
      }));

    it("refuses anything but a Workplane", () =>
      withScope(() => {
        assertPartforgeError(() => cube().copyWorkplane("XY" as never), "SCRIPT_EXCEPTION", /copyWorkplane\(obj\): obj must be a Workplane; got "XY"/);
        assertPartforgeError(() => (cube().copyWorkplane as (...a: unknown[]) => unknown)(), "SCRIPT_EXCEPTION", /missing obj/);
      }));
  });

  describe("filter", () => {
    it("keeps the objects for which the function returns true, in order", () =>
      withScope(() => {
        const faces = cube().faces();
        const up = faces.filter((face) => asShape(face).Center().z > 1);
        assert.equal(up.size(), 1);
        assertClose(asShape(up.val()).Center().z, 5);
        assert.equal(up.parent, faces);
        assert.equal(faces.filter(() => false).size(), 0);
      }));

    it("calls the function once per object during the call and never again", () =>
      withScope(() => {
        let calls = 0;
        const kept = cube().faces().filter(() => {
          calls += 1;
          return true;
        });
        assert.equal(calls, 6);
        kept.size();
        kept.vals();
        kept.first().workplane().rect(1, 1).extrude(1);
        assert.equal(calls, 6);
      }));

    it("says so when the function does not return true or false (a body without return), and refuses a non-function", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces().filter((() => undefined) as never), "SCRIPT_EXCEPTION", /filter: the function must return true or false; for object 0 it returned undefined/);
        assertPartforgeError(() => cube().faces().filter(">Z" as never), "SCRIPT_EXCEPTION", /filter\(f\): f must be a function; got ">Z"/);
      }));
  });

  describe("map", () => {
    it("replaces each object by the function's result", () =>
      withScope(() => {
        const moved = cube().faces(">Z").map((face) => asShape(face).translate([0, 0, 1]));
        assert.equal(moved.size(), 1);
        assertClose(asShape(moved.val()).Center().z, 6);
        const points = cube().faces("|Z").map((face) => new Location(asShape(face).Center().toTuple()));
        assert.ok(points.vals().every((item) => item instanceof Location));
      }));

    it("refuses a result that is not a shape or a Location, naming the object", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces().map((() => 5) as never), "SCRIPT_EXCEPTION", /map: the function's result for object 0 must be a shape or a Location; got 5/);
      }));
  });

  describe("apply", () => {
    it("gives the function all objects at once and stacks what it returns (an array or any iterable)", () =>
      withScope(() => {
        const faces = cube().faces();
        assert.equal(faces.apply((items) => items.slice(0, 2)).size(), 2);
        assert.equal(
          faces.apply(function* (items) {
            yield items[5]!;
          }).size(),
          1,
        );
      }));

    it("hands the function a copy, so changing it leaves the stack alone", () =>
      withScope(() => {
        const faces = cube().faces();
        faces.apply((items) => {
          items.length = 0;
          return items;
        });
        assert.equal(faces.size(), 6);
      }));

    it("refuses a result that is not a list of shapes or Locations", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces().apply((() => 3) as never), "SCRIPT_EXCEPTION", /apply: the function must return an array \(or iterable\) of shapes or Locations; got 3/);
        assertPartforgeError(() => cube().faces().apply((() => [1]) as never), "SCRIPT_EXCEPTION", /apply: item 0 of the function's result must be a shape or a Location; got 1/);
      }));
  });

  describe("sort", () => {
    it("orders the objects by the key, ascending and stable", () =>
      withScope(() => {
        const faces = Workplane().box(1, 2, 3).faces();
        const areas = faces.sort((face) => asShape(face).Area()).vals().map((face) => asShape(face).Area());
        assert.deepEqual(areas.map((a) => Math.round(a)), [2, 2, 3, 3, 6, 6]);
        const byZ = faces.sort((face) => asShape(face).Center().z).vals().map((face) => asShape(face).Center().z);
        assert.deepEqual([byZ[0], byZ[5]].map((z) => Math.round(z! * 10) / 10), [-1.5, 1.5]);
      }));

    it("compares array keys item by item, as Python compares tuples", () =>
      withScope(() => {
        const faces = Workplane().box(1, 2, 3).faces();
        const sorted = faces.sort((face) => [Math.round(asShape(face).Area()), -asShape(face).Center().z]);
        const centers = sorted.vals().map((face) => asShape(face).Center());
        // Area 2: the z faces (1 × 2); the key's second item puts +z before −z.
        assertClose(centers[0]!.z, 1.5);
        assertClose(centers[1]!.z, -1.5);
      }));

    it("refuses keys that cannot be ordered, or that differ in kind", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces().sort((() => undefined) as never), "SCRIPT_EXCEPTION", /sort: the key function must return a number, a string or an array of them \(a tuple\); for object 0 it returned undefined/);
        let i = 0;
        assertPartforgeError(() => cube().faces().sort(() => (i++ % 2 === 0 ? 1 : "a")), "SCRIPT_EXCEPTION", /sort: the key function returned keys that cannot be compared/);
      }));
  });

  describe("invoke", () => {
    it("returns the Workplane the function returns, or this one when it returns nothing", () =>
      withScope(() => {
        const base = Workplane().box(2, 2, 2);
        assertGeometry(base.invoke((wp) => wp.faces(">Z").workplane().hole(1)), { volume: 8 - Math.PI * 0.25 * 2 });
        assert.equal(base.invoke(() => undefined), base);
        assert.equal(base.invoke((wp) => void wp.size()), base);
      }));

    it("calls a function of no parameters once, for its effect", () =>
      withScope(() => {
        let calls = 0;
        const base = cube();
        assert.equal(base.invoke(() => (calls += 1)), base);
        assert.equal(calls, 1);
      }));

    it("refuses a function of two parameters, and a result that is not a Workplane", () =>
      withScope(() => {
        assertPartforgeError(() => cube().invoke(((a: unknown, b: unknown) => [a, b]) as never), "SCRIPT_EXCEPTION", /invoke: the function takes 2 parameters; give one that takes none or one/);
        assertPartforgeError(() => cube().invoke(((wp: unknown) => [wp]) as never), "SCRIPT_EXCEPTION", /invoke: the function must return a Workplane or nothing; got/);
      }));
  });
});
