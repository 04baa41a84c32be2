import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PartforgeError } from "../../shared/errors.ts";
import { Vector } from "../vector.ts";
import { NearestToPointSelector } from "./nearestToPointSelector.ts";
import { boredCylinder, cornerCube, fake, names, onlyCenter } from "./testFixtures.ts";

describe("NearestToPointSelector", () => {
  it("keeps the one object whose centre is nearest", () => {
    assert.deepEqual(names(new NearestToPointSelector([0, 0, 6]).filter(boredCylinder().faces)), ["top annulus"]);
  });

  it("keeps the first of several equally near objects", () => {
    const a = fake("a", "vertex", "VERTEX", [1, 0, 0]);
    const b = fake("b", "vertex", "VERTEX", [-1, 0, 0]);
    assert.deepEqual(new NearestToPointSelector([0, 0, 0]).filter([a, b]), [a]);
    assert.deepEqual(new NearestToPointSelector([0, 0, 0]).filter([b, a]), [b]);
  });

  it("is an error on an empty list, as in CadQuery", () => {
    assert.throws(
      () => new NearestToPointSelector([0, 0, 0]).filter([]),
      (e: unknown) => e instanceof PartforgeError && e.code === "SCRIPT_EXCEPTION" && /NearestToPointSelector\(\(0, 0, 0\)\): there are no objects/.test(e.message),
    );
  });

  // CadQuery tests/test_selectors.py::testNearestToPoint, on makeUnitCube(centered=False)
  it("finds the cube's origin vertex, its vertical edge at the origin and the solid itself", () => {
    const c = cornerCube();
    assert.deepEqual(onlyCenter(new NearestToPointSelector([0.1, 0.1, 0.1]).filter(c.vertices)), [0, 0, 0]);
    const edge = new NearestToPointSelector(new Vector(0.1, 0.1, 0.2)).filter(c.edges);
    assert.deepEqual(names(edge), ["|Z x=0 y=0"]);
    assert.equal(new NearestToPointSelector([0.1, 0.1, 0.2]).filter([c.solid]).length, 1);
  });
});
