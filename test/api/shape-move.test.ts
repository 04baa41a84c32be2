/**
 * Issue 13: CadQuery 2.6+'s in-place `Shape.move` / `Shape.locate` — the shape object itself is
 * moved (its kernel shape replaced, its memoised measurements dropped), so every holder of it sees
 * the move; copies made before (`moved`, `copy`, sub-shapes) are not affected.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Assembly, Compound, Edge, Location, Solid, Vertex, Workplane } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError, assertTripleClose } from "../helpers/geometry.ts";

const loose = (target: object) => target as unknown as Record<string, (...args: unknown[]) => unknown>;

describe("Shape.move and Shape.locate (in place, CadQuery 2.6+)", () => {
  before(async () => {
    await loadKernel();
  });

  it("moves the shape object itself, returns it, and refreshes memoised Center/Volume/BoundingBox", () =>
    withScope(() => {
      const box = Solid.makeBox(2, 2, 2);
      // Memoise the measurements first.
      assertTripleClose(box.Center().toTuple(), [1, 1, 1], 1e-9);
      assertTripleClose(box.center(), [1, 1, 1], 1e-9);
      assertClose(box.Volume(), 8, 1e-9);
      assertClose(box.BoundingBox().zmin, 0, 1e-9);
      const same = box.move(new Location([0, 0, 5]));
      assert.equal(same, box, "move returns the same object");
      assertTripleClose(box.Center().toTuple(), [1, 1, 6], 1e-9);
      assertTripleClose(box.center(), [1, 1, 6], 1e-9);
      assertClose(box.BoundingBox().zmin, 5, 1e-9);
      assertClose(box.BoundingBox().zmax, 7, 1e-9);
      assertClose(box.Volume(), 8, 1e-9);
      assertClose(box.faces(">Z").Center().z, 7, 1e-9);
    }));

  it("takes CadQuery's call forms: a translation, x…rz (degrees, positional or named), a shape's first location", () =>
    withScope(() => {
      const a = Solid.makeBox(1, 1, 1).move([1, 2, 3]);
      assertTripleClose(a.Center().toTuple(), [1.5, 2.5, 3.5], 1e-9);
      const b = Solid.makeBox(1, 1, 1).move(2);
      assertTripleClose(b.Center().toTuple(), [2.5, 0.5, 0.5], 1e-9);
      const c = Solid.makeBox(1, 1, 1).move({ z: 2 });
      assertTripleClose(c.Center().toTuple(), [0.5, 0.5, 2.5], 1e-9);
      // A quarter turn about Z takes (0.5, 0.5) to (-0.5, 0.5); the same as moved with the same arguments.
      const d = Solid.makeBox(1, 1, 1).move({ rz: 90 });
      assertTripleClose(d.Center().toTuple(), [-0.5, 0.5, 0.5], 1e-9);
      const e = Solid.makeBox(1, 1, 1).move(1, 0, 0, 0, 0, 90);
      assertTripleClose(e.Center().toTuple(), Solid.makeBox(1, 1, 1).moved(1, 0, 0, 0, 0, 90).Center().toTuple(), 1e-9);
      const f = Solid.makeBox(1, 1, 1).move(Compound.makeCompound([Vertex.makeVertex(0, 0, 4), Vertex.makeVertex(9, 0, 0)]));
      assertTripleClose(f.Center().toTuple(), [0.5, 0.5, 4.5], 1e-9);
      // Moves compose: a second move is relative to the first.
      const g = Solid.makeBox(1, 1, 1).move({ x: 1 }).move({ x: 1 });
      assertClose(g.Center().x, 2.5, 1e-9);
    }));

  it("locate places the shape itself (the in-place located)", () =>
    withScope(() => {
      const cone = Solid.makeCone(1, 0, 2);
      assertClose(cone.Center().z, 0.5, 1e-9);
      assert.equal(cone.locate(new Location([0, 0, 5])), cone);
      assertClose(cone.Center().z, 5.5, 1e-9);
    }));

  it("leaves copies and sub-shapes taken before alone, and moves the shape wherever it is held (a Workplane's stack)", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      const copy = box.copy();
      const movedCopy = box.moved([0, 0, 1]);
      const top = box.faces(">Z");
      const wp = Workplane().add(box);
      box.move([10, 0, 0]);
      assertTripleClose(copy.Center().toTuple(), [0.5, 0.5, 0.5], 1e-9);
      assertTripleClose(movedCopy.Center().toTuple(), [0.5, 0.5, 1.5], 1e-9);
      assertTripleClose(top.Center().toTuple(), [0.5, 0.5, 1], 1e-9);
      assert.equal(wp.val(), box, "the Workplane holds the same object, as CadQuery's holds the same Python object");
      assertTripleClose(wp.val().Center().toTuple(), [10.5, 0.5, 0.5], 1e-9);
      assertClose(wp.faces(">X").val().Center().x, 11, 1e-9);
      // Moving a copy does not move the original.
      movedCopy.move([0, 0, 100]);
      assertTripleClose(box.Center().toTuple(), [10.5, 0.5, 0.5], 1e-9);
    }));

  it("moves a shape an Assembly holds, as CadQuery's Assembly holds the same object (its own location applied on top)", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      const assy = Assembly().add(box, { name: "box", loc: new Location([0, 0, 10]) });
      assertTripleClose(assy.toShapes()[0]!.Center().toTuple(), [0.5, 0.5, 10.5], 1e-9);
      box.move({ x: 3 });
      assertTripleClose(assy.toShapes()[0]!.Center().toTuple(), [3.5, 0.5, 10.5], 1e-9);
    }));

  it("draws on from where a moved edge now ends (the drawing's remembered end is dropped)", () =>
    withScope(() => {
      const wp = Workplane().lineTo(1, 0);
      assertTripleClose((wp.lineTo(2, 2).val() as Edge).startPoint().toTuple(), [1, 0, 0], 1e-9);
      (wp.val() as Edge).move([0, 5, 0]);
      assertTripleClose((wp.lineTo(2, 2).val() as Edge).startPoint().toTuple(), [1, 5, 0], 1e-9);
    }));

  it("refuses bad arguments, naming the call forms", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      assertPartforgeError(() => loose(box).move!("up"), "SCRIPT_EXCEPTION", /Shape\.move/);
      assertPartforgeError(() => loose(box).move!({ w: 1 }), "SCRIPT_EXCEPTION", /Shape\.move.*w/);
      assertPartforgeError(() => loose(box).move!(1, 2, 3, 4, 5, 6, 7), "SCRIPT_EXCEPTION", /Shape\.move/);
      assertPartforgeError(() => loose(box).move!(Number.NaN), "SCRIPT_EXCEPTION", /Shape\.move/);
      assertPartforgeError(() => box.move(Compound.makeCompound([])), "SCRIPT_EXCEPTION", /Shape\.move\(s\): the shape has no locations/);
      assertPartforgeError(() => loose(box).locate!([0, 0, 1, 2]), "SCRIPT_EXCEPTION", /Shape\.locate/);
      assertPartforgeError(() => loose(box).locate!(), "SCRIPT_EXCEPTION", /Shape\.locate/);
      // A refused call leaves the shape where it was.
      assertTripleClose(box.Center().toTuple(), [0.5, 0.5, 0.5], 1e-9);
    }));
});
