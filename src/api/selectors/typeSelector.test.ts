import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PartforgeError } from "../../shared/errors.ts";
import { compileSelector } from "./compile.ts";
import { boredCylinder, fake, names, unitCube, type Fake } from "./testFixtures.ts";
import { GEOM_TYPES, TypeSelector } from "./typeSelector.ts";

const select = (selector: string, objects: readonly Fake[]): Fake[] => compileSelector(selector).filter(objects);

describe("TypeSelector (%TYPE)", () => {
  it("keeps the faces and edges of the given geometry type on a bored cylinder", () => {
    const part = boredCylinder();
    assert.deepEqual(names(select("%CYLINDER", part.faces)), ["bore", "outer wall"]);
    assert.deepEqual(names(select("%PLANE", part.faces)), ["bottom annulus", "top annulus"]);
    assert.equal(select("%CIRCLE", part.edges).length, 4);
    assert.deepEqual(names(select("%LINE", part.edges)), ["inner seam", "outer seam"]);
  });

  it("compares case-insensitively and matches objects whose geomType is not upper-case", () => {
    assert.equal(new TypeSelector("plane").filter([fake("f", "face", "Plane", [0, 0, 0])]).length, 1);
  });

  it("accepts kind names such as Vertex and Solid in the object form", () => {
    const box = unitCube();
    assert.equal(new TypeSelector("Vertex").filter([...box.vertices, ...box.faces]).length, 8);
    assert.equal(new TypeSelector("SOLID").filter([box.solid]).length, 1);
  });

  it("refuses an unknown type name instead of selecting nothing", () => {
    assert.throws(
      () => new TypeSelector("PLANES"),
      (e: unknown) => e instanceof PartforgeError && e.code === "SCRIPT_EXCEPTION" && /unknown geometry type "PLANES" \(did you mean PLANE\?\)/.test(e.message),
    );
  });

  it("knows CadQuery's 16 distinct face and edge type names", () => {
    assert.equal(GEOM_TYPES.length, 16);
    for (const type of GEOM_TYPES) assert.equal(String(compileSelector(`%${type.toLowerCase()}`)), `%${type.toLowerCase()}`);
  });

  describe("ported from CadQuery tests/test_selectors.py", () => {
    // testFaceTypesFilter
    it("finds all 6 faces of a cube with %PLANE or %plane and none with %sphere, %cone or %SPHERE", () => {
      const faces = unitCube().faces;
      assert.equal(select("%PLANE", faces).length, 6);
      assert.equal(select("%plane", faces).length, 6);
      assert.equal(select("%sphere", faces).length, 0);
      assert.equal(select("%cone", faces).length, 0);
      assert.equal(select("%SPHERE", faces).length, 0);
    });

    // testEdgeTypesFilter: ellipse(3, 4).circle(1).extrude(1)
    it("tells the edges of an extruded ellipse with a circular hole apart by type", () => {
      const edges = [
        fake("bottom ellipse", "edge", "ELLIPSE", [0, 0, 0]),
        fake("top ellipse", "edge", "ELLIPSE", [0, 0, 1]),
        fake("bottom circle", "edge", "CIRCLE", [0, 0, 0]),
        fake("top circle", "edge", "CIRCLE", [0, 0, 1]),
        fake("ellipse seam", "edge", "LINE", [3, 0, 0.5]),
        fake("circle seam", "edge", "LINE", [1, 0, 0.5]),
      ];
      assert.equal(select("%Ellipse", edges).length, 2);
      assert.equal(select("%circle", edges).length, 2);
      assert.equal(select("%LINE", edges).length, 2);
      assert.equal(select("%Bspline", edges).length, 0);
      assert.equal(select("%Offset", edges).length, 0);
      assert.equal(select("%HYPERBOLA", edges).length, 0);
    });
  });
});
