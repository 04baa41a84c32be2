/**
 * Topological selectors: Workplane's ancestors, siblings and compounds of the solid in context,
 * and the Shape methods ancestors and siblings (the same relations within a given shape).
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Solid, Workplane, isShape, type Shape, type StackItem } from "../../src/api/index.ts";
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

    it("finds the ancestors of a corner of every kind up to the solid, and none of a kind the solid holds no shape of", () =>
      withScope(() => {
        const corner = () => cube().vertices(">X and >Y and >Z");
        const counts = (["Edge", "Wire", "Face", "Shell", "Solid", "Compound"] as const).map((kind) => corner().ancestors(kind).size());
        assert.deepEqual(counts, [3, 3, 3, 1, 1, 0]);
        assert.deepEqual(centers(corner().ancestors("Edge").vals()).sort(), [[0, 5, 5], [5, 0, 5], [5, 5, 0]]);
        assert.deepEqual(shapes(corner().ancestors("Wire").vals()).map((wire) => wire.kind), ["wire", "wire", "wire"]);
      }));

    it("lists a mixed stack's ancestors shape by shape in stack order, each once, then in the solid's order", () =>
      withScope(() => {
        const box = cube();
        const edge = box.edges(">Z and <Y").vals();
        const vertex = box.vertices("<X and >Y and <Z").vals();
        // The edge's faces (front, top), then the vertex's (left, back, bottom): not the solid's order.
        assert.deepEqual(centers(box.newObject([...edge, ...vertex]).ancestors("Face").vals()), [[0, -5, 0], [0, 0, 5], [-5, 0, 0], [0, 5, 0], [0, 0, -5]]);
        const top = box.faces(">Z").vals();
        const faces = box.newObject([...vertex, ...top, ...edge, ...top]).ancestors("Face");
        assert.deepEqual(centers(faces.vals()), [[-5, 0, 0], [0, 5, 0], [0, 0, -5], [0, 0, 5], [0, -5, 0]], "a face is its own ancestor of its kind");
        const solid = box.newObject([...top, ...edge, ...vertex]).ancestors("Solid").vals();
        assert.equal(solid.length, 1);
        assert.equal(solid[0], box.vals()[0], "the solid in context is its own only solid, returned as itself");
      }));

    it("takes a compound of solids as the context: each solid, and the compound itself", () =>
      withScope(() => {
        const two = Workplane().pushPoints([[0, 0], [20, 0]]).box(10, 10, 10);
        assert.deepEqual(centers(two.faces(">Z").ancestors("Solid").vals()), [[0, 0, 0], [20, 0, 0]]);
        const compound = two.faces(">Z").ancestors("Compound").vals();
        assert.equal(compound.length, 1);
        assert.equal(shapes(compound)[0]!.Solids().length, 2);
        assert.equal(compound[0], two.vals()[0], "the compound in context is returned as itself");
        const leftTop = two.newObject([two.faces(">Z").vals()[0]!]);
        assert.deepEqual(centers(leftTop.siblings("Edge", 2).vals()), [[0, 0, -5]], "the links stay within one solid");
      }));

    it("refuses an unknown kind, CompSolid, a shape foreign to the solid, and a chain without a solid", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces(">Z").ancestors("face" as never), "SCRIPT_EXCEPTION", /ancestors\(kind, tag=None\): kind must be one of "Vertex", "Edge", "Wire", "Face", "Shell", "Solid", "CompSolid", "Compound"; got "face"/);
        assertPartforgeError(() => cube().faces(">Z").ancestors("CompSolid"), "NOT_SUPPORTED", /ancestors: kind "CompSolid" is not supported/);
        const foreign = Workplane().box(1, 1, 1).translate([50, 0, 0]).faces(">Z").vals();
        assertPartforgeError(() => cube().newObject(foreign).ancestors("Face"), "SCRIPT_EXCEPTION", /ancestors: a Face on the stack is not part of the solid in context/);
        const box = cube();
        const foreignEdge = Workplane().box(1, 1, 1).translate([50, 0, 0]).edges(">Z and <Y").vals();
        assertPartforgeError(() => box.newObject([...box.faces(">Z").vals(), ...foreignEdge]).ancestors("Face"), "SCRIPT_EXCEPTION", /ancestors: a Edge on the stack is not part of the solid in context/);
        assertPartforgeError(() => box.newObject([...box.edges(">Z and <Y").vals(), ...foreign]).ancestors("Solid"), "SCRIPT_EXCEPTION", /a Face on the stack is not part/);
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

    it("steps out level by level through vertices, each shape at the first level that reaches it", () =>
      withScope(() => {
        // From the top front edge: its 4 neighbours, then 6 more, then the bottom back edge, then nothing.
        const front = () => cube().edges(">Z and <Y");
        assert.deepEqual([1, 2, 3, 4].map((level) => front().siblings("Vertex", level).size()), [4, 6, 1, 0]);
        assert.deepEqual(centers(front().siblings("Vertex", 3).vals()), [[0, 5, -5]]);
        const reached = [1, 2, 3].flatMap((level) => centers(front().siblings("Vertex", level).vals()).map((c) => c.join(",")));
        assert.equal(new Set(reached).size, 11, "no edge is reached twice");
        assert.deepEqual(centers(cube().faces(">Z").siblings("Vertex", 2).vals()), [[0, 0, -5]]);
      }));

    it("unites the siblings of a mixed stack start by start, each once, leaving out every start", () =>
      withScope(() => {
        const box = cube();
        const top = box.faces(">Z").vals();
        const left = box.faces("<X").vals();
        const edge = box.edges(">Z and <Y").vals();
        const found = box.newObject([...top, ...edge, ...left]).siblings("Edge");
        // Top's four sides (left among them: left out), the edge's none (edges share no edge), then left's new ones (bottom).
        assert.deepEqual(centers(found.vals()), [[5, 0, 0], [0, -5, 0], [0, 5, 0], [0, 0, -5]]);
        // Top's sides but left (a start), the edge's four edges, then left's new one (bottom): stack order, not grouped by kind.
        const byVertex = box.newObject([...top, ...edge, ...left]).siblings("Vertex");
        assert.deepEqual(shapes(byVertex.vals()).map((shape) => shape.kind), ["face", "face", "face", "edge", "edge", "edge", "edge", "face"]);
        assert.deepEqual(centers(byVertex.vals()).at(-1), [0, 0, -5]);
      }));

    it("refuses a level below 1 and an unknown kind", () =>
      withScope(() => {
        assertPartforgeError(() => cube().faces(">Z").siblings("Edge", 0), "SCRIPT_EXCEPTION", /siblings: level must be 1 or more/);
        assertPartforgeError(() => cube().faces(">Z").siblings("Edge", 1.5), "SCRIPT_EXCEPTION", /level must be a whole number/);
        assertPartforgeError(() => cube().faces(">Z").siblings("Edges" as never), "SCRIPT_EXCEPTION", /kind must be one of/);
      }));
  });

  describe("Shape.ancestors and Shape.siblings", () => {
    const box = () => Solid.makeBox(10, 20, 30);

    it("finds a shape's ancestors of every kind within another shape, and none of a shape it does not hold", () =>
      withScope(() => {
        const solid = box();
        const corner = solid.vertices(">X and >Y and >Z");
        const counts = [
          corner.ancestors(solid, "Vertex").Vertices().length,
          corner.ancestors(solid, "Edge").Edges().length,
          corner.ancestors(solid, "Wire").Wires().length,
          corner.ancestors(solid, "Face").Faces().length,
          corner.ancestors(solid, "Shell").Shells().length,
          corner.ancestors(solid, "Solid").Solids().length,
          corner.ancestors(solid, "Compound").Vertices().length,
        ];
        assert.deepEqual(counts, [1, 3, 3, 3, 1, 1, 0]);
        assert.deepEqual(centers(corner.ancestors(solid, "Face").Faces()).sort(), [[5, 10, 30], [5, 20, 15], [10, 10, 15]].sort());
        const foreign = Solid.makeBox(1, 1, 1).faces(">Z");
        assert.equal(foreign.ancestors(solid, "Solid").Solids().length, 0, "no error: a foreign shape has no ancestors");
      }));

    it("steps out level by level, in the containing shape's exploration order", () =>
      withScope(() => {
        const solid = box();
        const edge = solid.edges(">Z and <Y");
        assert.deepEqual([1, 2, 3, 4].map((level) => edge.siblings(solid, "Vertex", level).Edges().length), [4, 6, 1, 0]);
        assert.deepEqual(centers(edge.siblings(solid, "Vertex", 3).Edges()), [[5, 20, 0]]);
        assert.deepEqual(centers(solid.faces(">Z").siblings(solid, "Edge").Faces()), [[0, 10, 15], [10, 10, 15], [5, 0, 15], [5, 20, 15]]);
        const pair = Workplane().pushPoints([[0, 0], [20, 0]]).box(10, 10, 10).val() as Shape;
        const leftTop = pair.Faces().find((face) => face.Center().z > 4.9 && face.Center().x < 1)!;
        assert.deepEqual(centers(leftTop.siblings(pair, "Edge", 2).Faces()), [[0, 0, -5]], "the links stay within one solid");
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
