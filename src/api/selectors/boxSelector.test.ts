import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PartforgeError } from "../../shared/errors.ts";
import { BoxSelector } from "./boxSelector.ts";
import type { Vec3 } from "./selectable.ts";
import { boredCylinder, cornerCube, fake, names, onlyCenter } from "./testFixtures.ts";

describe("BoxSelector", () => {
  it("keeps objects whose centre is inside, by default", () => {
    const part = boredCylinder();
    assert.deepEqual(names(new BoxSelector([-20, -20, 4], [20, 20, 6]).filter(part.edges)), ["top inner circle", "top outer circle"]);
  });

  it("with boundingbox: true keeps only objects whose whole bounding box is inside", () => {
    const part = boredCylinder();
    assert.deepEqual(names(new BoxSelector([-5, -5, 4], [5, 5, 6], { boundingbox: true }).filter(part.edges)), ["top inner circle"]);
  });

  it("does not select objects without a bounding box when boundingbox is true", () => {
    const bare = fake("bare", "vertex", "VERTEX", [0, 0, 0]);
    assert.deepEqual(new BoxSelector([-1, -1, -1], [1, 1, 1], { boundingbox: true }).filter([bare]), []);
    assert.equal(new BoxSelector([-1, -1, -1], [1, 1, 1]).filter([bare]).length, 1);
  });

  it("includes the lower face of the box and excludes the upper one, as CadQuery's XOR test does", () => {
    const at = (p: Vec3) => fake(`(${p.join(",")})`, "vertex", "VERTEX", p);
    const box = new BoxSelector([0, 0, 0], [1, 1, 1]);
    assert.deepEqual(names(box.filter([at([0, 0, 0]), at([1, 0.5, 0.5]), at([0.5, 0.5, 0.5])])), ["(0,0,0)", "(0.5,0.5,0.5)"]);
    assert.deepEqual(new BoxSelector([0, 0, 0], [1, 1, 0]).filter([at([0.5, 0.5, 0])]), []);
  });

  it("rejects a bad corner and unknown options", () => {
    const rejects = (make: () => unknown, message: RegExp) =>
      assert.throws(make, (e: unknown) => e instanceof PartforgeError && e.code === "SCRIPT_EXCEPTION" && message.test(e.message));
    rejects(() => new BoxSelector([0, 0, 0], [1] as never), /BoxSelector: point1 must be \[x, y, z\]/);
    rejects(() => new BoxSelector([0, 0, 0], [1, 1, 1], { boundingBox: true } as never), /unknown option "boundingBox" \(did you mean "boundingbox"\?\)/);
    rejects(() => new BoxSelector([0, 0, 0], [1, 1, 1], { boundingbox: 1 } as never), /boundingbox must be true or false/);
  });

  // CadQuery tests/test_selectors.py::testBox, on makeUnitCube(centered=False)
  describe("ported from CadQuery testBox", () => {
    const c = cornerCube();
    const both = (p0: Vec3, p1: Vec3, options?: { boundingbox: boolean }) => [new BoxSelector(p0, p1, options), new BoxSelector(p1, p0, options)];

    it("selects each vertex with a small box around it, corners in either order", () => {
      const data: [Vec3, Vec3, Vec3][] = [
        [[0.9, 0.9, 0.9], [1.1, 1.1, 1.1], [1, 1, 1]],
        [[-0.1, 0.9, 0.9], [0.9, 1.1, 1.1], [0, 1, 1]],
        [[-0.1, -0.1, 0.9], [0.1, 0.1, 1.1], [0, 0, 1]],
        [[-0.1, -0.1, -0.1], [0.1, 0.1, 0.1], [0, 0, 0]],
        [[0.9, -0.1, -0.1], [1.1, 0.1, 0.1], [1, 0, 0]],
        [[0.9, 0.9, -0.1], [1.1, 1.1, 0.1], [1, 1, 0]],
        [[-0.1, 0.9, -0.1], [0.1, 1.1, 0.1], [0, 1, 0]],
        [[0.9, -0.1, 0.9], [1.1, 0.1, 1.1], [1, 0, 1]],
      ];
      for (const [p0, p1, expected] of data) {
        for (const selector of both(p0, p1)) assert.deepEqual(onlyCenter(selector.filter(c.vertices)), expected);
      }
      assert.equal(new BoxSelector([-0.1, -0.1, 0.9], [0.1, 1.1, 1.1]).filter(c.vertices).length, 2);
      assert.equal(new BoxSelector([-0.1, -0.1, -0.1], [0.1, 1.1, 1.1]).filter(c.vertices).length, 4);
    });

    it("selects each edge by its centre, and 2 or 3 edges with larger boxes", () => {
      const data: [Vec3, Vec3, Vec3][] = [
        [[0.4, -0.1, -0.1], [0.6, 0.1, 0.1], [0.5, 0, 0]],
        [[-0.1, -0.1, 0.4], [0.1, 0.1, 0.6], [0, 0, 0.5]],
        [[0.9, 0.9, 0.4], [1.1, 1.1, 0.6], [1, 1, 0.5]],
        [[0.4, 0.9, 0.9], [0.6, 1.1, 1.1], [0.5, 1, 1]],
      ];
      for (const [p0, p1, expected] of data) {
        for (const selector of both(p0, p1)) assert.deepEqual(onlyCenter(selector.filter(c.edges)), expected);
      }
      assert.equal(new BoxSelector([-0.1, -0.1, -0.1], [0.6, 0.1, 0.6]).filter(c.edges).length, 2);
      assert.equal(new BoxSelector([-0.1, -0.1, -0.1], [1.1, 0.1, 0.6]).filter(c.edges).length, 3);
    });

    it("selects each face by its centre, and 2 or 3 faces with larger boxes", () => {
      const data: [Vec3, Vec3, Vec3][] = [
        [[0.4, -0.1, 0.4], [0.6, 0.1, 0.6], [0.5, 0, 0.5]],
        [[0.9, 0.4, 0.4], [1.1, 0.6, 0.6], [1, 0.5, 0.5]],
        [[0.4, 0.4, 0.9], [0.6, 0.6, 1.1], [0.5, 0.5, 1]],
        [[0.4, 0.4, -0.1], [0.6, 0.6, 0.1], [0.5, 0.5, 0]],
      ];
      for (const [p0, p1, expected] of data) {
        for (const selector of both(p0, p1)) assert.deepEqual(onlyCenter(selector.filter(c.faces)), expected);
      }
      assert.equal(new BoxSelector([0.4, 0.4, 0.4], [0.6, 1.1, 1.1]).filter(c.faces).length, 2);
      assert.equal(new BoxSelector([0.4, 0.4, 0.4], [1.1, 1.1, 1.1]).filter(c.faces).length, 3);
    });

    it("with boundingbox: true selects 1 edge, 0 faces and 1 face in CadQuery's three boxes", () => {
      assert.equal(new BoxSelector([-0.1, -0.1, -0.1], [1.1, 0.1, 0.6], { boundingbox: true }).filter(c.edges).length, 1);
      assert.equal(new BoxSelector([0.4, 0.4, 0.4], [1.1, 1.1, 1.1], { boundingbox: true }).filter(c.faces).length, 0);
      assert.equal(new BoxSelector([-0.1, 0.4, -0.1], [1.1, 1.1, 1.1], { boundingbox: true }).filter(c.faces).length, 1);
    });
  });
});
