/** Workplane's topological selectors: ancestors, siblings and compounds of the solid in context. */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Workplane, isShape, type Shape, type StackItem } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError } from "../helpers/geometry.ts";

const cube = () => Workplane().box(10, 10, 10);

function shapes(items: readonly StackItem[]): Shape[] {
  return items.map((item) => {
    assert.ok(isShape(item), "expected a shape");
    return item;
  });
}

function centers(items: readonly StackItem[]): [number, number, number][] {
  return shapes(items).map((shape) => shape.Center().toTuple().map((v) => Math.round(v * 1e6) / 1e6 + 0) as [number, number, number]);
}

describe("topological selectors", () => {
  before(async () => {
    await loadKernel();
  });

  describe("ancestors", () => {
    it("selects the faces that contain the selected edge (CadQuery's selector page: 2 faces)", () =>
      withScope(() => {
        const faces = cube().faces(">Z").edges("<Y").ancestors("Face");
        assert.equal(faces.size(), 2);
        assert.deepEqual(centers(faces.vals()).sort(), [[0, -5, 0], [0, 0, 5]].sort());
      }));

    it("collects each ancestor once across the stack, of any kind up to the solid", () =>
      withScope(() => {
        assert.equal(cube().faces(">Z").edges().ancestors("Face").size(), 5);
        assert.equal(cube().faces(">Z").vertices().ancestors("Edge").size(), 8);
        const solid = cube().faces(">Z").ancestors("Solid");
        assert.equal(solid.size(), 1);
        assertClose(shapes(solid.vals())[0]!.Volume(), 1000);
      }));

    it("starts from the tagged Workplane's stack when given a tag", () =>
      withScope(() => {
        const tagged = cube().faces(">Z").edges("<Y").tag("edge").vertices();
        assert.equal(tagged.ancestors("Face", { tag: "edge" }).size(), 2);
        assert.equal(tagged.ancestors("Face", "edge").size(), 2);
      }));

    it("refuses an unknown kind, CompSolid, a shape foreign to the solid, and a chain without a solid", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces(">Z").ancestors("face" as never), "SCRIPT_EXCEPTION", /ancestors\(kind, tag=None\): kind must be one of "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "CompSolid", "Compound"; got "face"/);
        assertPartforgeError(() => cube().faces(">Z").ancestors("CompSolid"), "NOT_SUPPORTED", /ancestors: kind "CompSolid" is not supported/);
        const foreign = Workplane().box(1, 1, 1).translate([50, 0, 0]).faces(">Z").vals();
        assertPartforgeError(() => cube().newObject(foreign).ancestors("Face"), "SCRIPT_EXCEPTION", /ancestors: a Face on the stack is not part of the solid in context/);
        assertPartforgeError(() => Workplane().rect(1, 1).ancestors("Face"), "SCRIPT_EXCEPTION", /ancestors: there is no solid to work on/);
      }));
  });

  describe("siblings", () => {
    it("selects the faces sharing an edge with the top face, without the top face (CadQuery's selector page: 4 faces)", () =>
      withScope(() => {
        const sides = cube().faces(">Z").siblings("Edge");
        assert.equal(sides.size(), 4);
        assert.ok(centers(sides.vals()).every(([, , z]) => z === 0));
      }));

    it("goes `level` links away, never back to a shape already reached", () =>
      withScope(() => {
        const bottom = cube().faces(">Z").siblings("Edge", 2);
        assert.equal(bottom.size(), 1);
        assert.deepEqual(centers(bottom.vals()), [[0, 0, -5]]);
        assert.equal(cube().faces(">Z").siblings("Edge", 3).size(), 0);
      }));

    it("links through vertices as well, and leaves out every shape of the stack", () =>
      withScope(() => {
        assert.equal(cube().faces(">Z").siblings("Vertex").size(), 4);
        // The top front edge shares a vertex with two edges at each end.
        assert.equal(cube().edges(">Z and <Y").siblings("Vertex").size(), 4);
        const sides = cube().faces("|Z").siblings("Edge");
        assert.equal(sides.size(), 4);
        assert.ok(centers(sides.vals()).every(([, , z]) => z === 0));
      }));

    it("refuses a level below 1 and an unknown kind", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces(">Z").siblings("Edge", 0), "SCRIPT_EXCEPTION", /siblings: level must be 1 or more/);
        assertPartforgeError(() => cube().faces(">Z").siblings("Edge", 1.5), "SCRIPT_EXCEPTION", /level must be a whole number/);
        assertPartforgeError(() => cube().faces(">Z").siblings("Edges" as never), "SCRIPT_EXCEPTION", /kind must be one of/);
      }));
  });

  describe("compounds", () => {
    it("selects the compounds on the stack", () =>
      withScope(() => {
        const two = Workplane().pushPoints([[0, 0], [5, 0]]).box(1, 1, 1);
        assert.equal(two.compounds().size(), 1);
        assert.equal(shapes(two.compounds().vals())[0]!.Solids().length, 2);
        assert.equal(cube().compounds().size(), 0);
        assert.equal(two.tag("pair").faces(">Z").compounds({ tag: "pair" }).size(), 1);
      }));

    it("refuses a selector that is not a string or Selector", () =>
      withScope(() => {
        assertPartforgeError(() => cube().compounds(5 as never), "SCRIPT_EXCEPTION", /compounds\(selector=None, tag=None\): selector must be a selector string or a Selector/);
      }));
  });
});
