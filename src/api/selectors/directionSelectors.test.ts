import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PartforgeError } from "../../shared/errors.ts";
import { Vector } from "../vector.ts";
import { compileSelector } from "./compile.ts";
import { DirectionSelector, ParallelDirSelector, PerpendicularDirSelector } from "./directionSelectors.ts";
import { boredCylinder, cornerCube, fake, names, onlyCenter, unitCube, type Fake } from "./testFixtures.ts";

const select = (selector: string, objects: readonly Fake[]): Fake[] => compileSelector(selector).filter(objects);

describe("direction selectors", () => {
  describe("on a box", () => {
    const box = cornerCube();

    it("|Z keeps the 4 edges along Z and the 2 faces whose normal is along Z", () => {
      assert.deepEqual(names(select("|Z", box.edges)), ["|Z x=0 y=0", "|Z x=0 y=1", "|Z x=1 y=0", "|Z x=1 y=1"]);
      assert.deepEqual(names(select("|Z", box.faces)), ["+Z", "-Z"]);
    });

    it("#Z keeps the 4 side faces and the 8 horizontal edges", () => {
      assert.deepEqual(names(select("#Z", box.faces)), ["+X", "+Y", "-X", "-Y"]);
      assert.equal(select("#Z", box.edges).length, 8);
      assert.ok(select("#Z", box.edges).every((e) => e.direction!()![2] === 0));
    });

    it("+Z and -Z keep the one face whose normal points that way; a bare Z means +Z", () => {
      assert.deepEqual(names(select("+Z", box.faces)), ["+Z"]);
      assert.deepEqual(names(select("-Z", box.faces)), ["-Z"]);
      assert.deepEqual(names(select("Z", box.faces)), ["+Z"]);
    });

    it("+X on edges follows the edge tangent's sign, so -X keeps none of these +X-directed edges", () => {
      assert.equal(select("+X", box.edges).length, 4);
      assert.equal(select("-X", box.edges).length, 0);
    });

    it("ignores vertices, wires and solids", () => {
      for (const objects of [box.vertices, box.wires, [box.solid]]) {
        assert.deepEqual(select("|Z", objects), []);
        assert.deepEqual(select("#Z", objects), []);
        assert.deepEqual(select("+Z", objects), []);
      }
    });

    it("tests a vector direction: |(1,0,1) keeps nothing on a box, #(1,0,1) keeps the 4 edges along Y and the ±Y faces", () => {
      assert.deepEqual(select("|(1,0,1)", [...box.faces, ...box.edges]), []);
      assert.deepEqual(names(select("#(1,0,1)", box.faces)), ["+Y", "-Y"]);
      assert.equal(select("#(1,0,1)", box.edges).filter((e) => e.name.startsWith("|Y")).length, 4);
      assert.equal(select("#(1,0,1)", box.edges).length, 4);
    });
  });

  describe("on a bored cylinder", () => {
    const part = boredCylinder();

    it("|Z keeps only the planar faces and the straight seams, never curved faces or circles", () => {
      assert.deepEqual(names(select("|Z", part.faces)), ["bottom annulus", "top annulus"]);
      assert.deepEqual(names(select("|Z", part.edges)), ["inner seam", "outer seam"]);
    });

    it("#Z keeps no face (the walls are curved) and #X keeps the two vertical seams but no circle", () => {
      assert.deepEqual(select("#Z", part.faces), []);
      assert.deepEqual(names(select("#X", part.edges)), ["inner seam", "outer seam"]);
    });

    it("+Z keeps the top annulus and both seams", () => {
      assert.deepEqual(names(select("+Z", [...part.faces, ...part.edges])), ["inner seam", "outer seam", "top annulus"]);
    });
  });

  describe("tolerance", () => {
    const tilt = (angle: number): Fake => fake(`tilted ${angle}`, "face", "PLANE", [0, 0, 0], { normal: [Math.sin(angle), 0, Math.cos(angle)] });

    it("accepts a normal whose cross product with the direction is under 0.0001 by default", () => {
      const faces = [tilt(0.00009), tilt(0.00011)];
      assert.deepEqual(names(new ParallelDirSelector([0, 0, 1]).filter(faces)), ["tilted 0.00009"]);
      assert.deepEqual(names(new DirectionSelector([0, 0, 1]).filter(faces)), ["tilted 0.00009"]);
      const sideways = [tilt(Math.PI / 2 - 0.00009), tilt(Math.PI / 2 - 0.00011)];
      assert.equal(new PerpendicularDirSelector([0, 0, 1]).filter(sideways).length, 1);
    });

    it("honours a custom tolerance", () => {
      assert.equal(new ParallelDirSelector([0, 0, 1], { tolerance: 0.01 }).filter([tilt(0.005)]).length, 1);
    });

    it("uses the direction as given, unnormalised, for the parallel test, as CadQuery does", () => {
      // |(2,0,0) × n| = 2·sin(angle): 0.00006 rad passes with (1,0,0) but not with (2,0,0)
      const edge = fake("edge", "edge", "LINE", [0, 0, 0], { direction: [Math.cos(0.00006), Math.sin(0.00006), 0] });
      assert.equal(new ParallelDirSelector([1, 0, 0]).filter([edge]).length, 1);
      assert.equal(new ParallelDirSelector([2, 0, 0]).filter([edge]).length, 0);
      assert.equal(new DirectionSelector([2, 0, 0]).filter([edge]).length, 1);
    });
  });

  describe("constructor arguments", () => {
    it("accepts [x, y], [x, y, z] and Vector directions", () => {
      const faces = unitCube().faces;
      assert.deepEqual(names(new DirectionSelector([0, 1]).filter(faces)), ["+Y"]);
      assert.deepEqual(names(new DirectionSelector(new Vector(0, 0, -1)).filter(faces)), ["-Z"]);
    });

    it("rejects the zero vector, bad values and unknown options", () => {
      const rejects = (make: () => unknown, message: RegExp) =>
        assert.throws(make, (e: unknown) => e instanceof PartforgeError && e.code === "SCRIPT_EXCEPTION" && message.test(e.message));
      rejects(() => new ParallelDirSelector([0, 0, 0]), /ParallelDirSelector: the direction must not be the zero vector/);
      rejects(() => new ParallelDirSelector([0, Number.NaN, 1]), /must be \[x, y, z\] \(finite numbers\) or a Vector/);
      rejects(() => new ParallelDirSelector("Z" as never), /got "Z"/);
      rejects(() => new DirectionSelector([0, 0, 1], { tolerence: 1 } as never), /unknown option "tolerence" \(did you mean "tolerance"\?\)/);
      rejects(() => new PerpendicularDirSelector([0, 0, 1], { tolerance: -1 }), /tolerance must be a finite number of at least 0/);
    });

    it("prints in selector-string spelling", () => {
      assert.equal(String(new ParallelDirSelector([0, 0, 1])), "|Z");
      assert.equal(String(new DirectionSelector([0, 0, -1])), "-Z");
      assert.equal(String(new PerpendicularDirSelector([1, 2, 3])), "#(1,2,3)");
    });
  });

  describe("ported from CadQuery tests/test_selectors.py", () => {
    // testPerpendicularDirFilter
    it("finds 8 edges and 4 faces perpendicular to Z on a unit cube", () => {
      const c = unitCube();
      assert.equal(select("#Z", c.edges).length, 8);
      assert.equal(select("#Z", c.faces).length, 4);
    });

    // testFaceDirFilter
    it("finds one face per direction with the expected centre, none for XY, and X the same as +X", () => {
      const c = unitCube();
      const expected: [string, readonly number[]][] = [
        ["+Z", [0, 0, 1]],
        ["-Z", [0, 0, 0]],
        ["+X", [0.5, 0, 0.5]],
        ["-X", [-0.5, 0, 0.5]],
        ["+Y", [0, 0.5, 0.5]],
        ["-Y", [0, -0.5, 0.5]],
      ];
      for (const [selector, center] of expected) assert.deepEqual(onlyCenter(select(selector, c.faces)), center, selector);
      assert.equal(select("XY", c.faces).length, 0);
      assert.deepEqual(select("X", c.faces), select("+X", c.faces));
      assert.notDeepEqual(select("+X", c.faces), select("-X", c.faces));
    });

    // testBaseDirSelector
    it("ignores vertices, curved edges and faces, solids and compounds even with a huge tolerance", () => {
      const loose = new ParallelDirSelector([0, 0, 1], { tolerance: 10 });
      const c = unitCube();
      assert.equal(loose.filter(c.vertices).length, 0);
      const sphereEdge = fake("seam", "edge", "CIRCLE", [0, 0, 0], { radius: 1 });
      const sphereFace = fake("sphere", "face", "SPHERE", [0, 0, 0], { radius: 1 });
      assert.equal(loose.filter([sphereEdge]).length, 0);
      assert.equal(new ParallelDirSelector([0, 0, 1], { tolerance: 10 }).filter([sphereFace]).length, 0);
      assert.equal(loose.filter([c.solid]).length, 0);
      assert.equal(loose.filter([fake("compound", "compound", "COMPOUND", [0, 0, 0])]).length, 0);
    });

    // testParallelPlaneFaceFilter
    it("finds the 2 faces parallel to Z with the string and the object form, either sign, centred in x and y", () => {
      const c = cornerCube();
      for (const selector of [compileSelector("|Z"), new ParallelDirSelector(new Vector(0, 0, 1))]) {
        const faces = selector.filter(c.faces);
        assert.equal(faces.length, 2);
        for (const face of faces) assert.equal(Math.abs(face.normal!()![2]), 1);
      }
      assert.equal(new ParallelDirSelector([0, 0, -1]).filter(c.faces).length, 2);
      for (const face of new ParallelDirSelector([0, 0, 1]).filter(c.faces)) {
        assert.equal(face.center()[0], 0.5);
        assert.equal(face.center()[1], 0.5);
      }
    });

    // testParallelEdgeFilter
    it("finds 4 edges parallel to each of X, Y and Z", () => {
      const c = unitCube();
      for (const [selector, axis] of [["|X", 0], ["|Y", 1], ["|Z", 2]] as const) {
        const edges = select(selector, c.edges);
        assert.equal(edges.length, 4);
        for (const edge of edges) assert.equal(edge.direction!()![axis], 1);
      }
    });

    // testFaceCount
    it("counts 6 faces, 2 of them parallel to Z", () => {
      assert.equal(unitCube().faces.length, 6);
      assert.equal(select("|Z", unitCube().faces).length, 2);
    });
  });
});
