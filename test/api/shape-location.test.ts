/**
 * Issue 15: `moved`, `located`, `move` and `locate` place a shape by its OCCT location, as
 * CadQuery does (`TopoDS_Shape.Moved` / `Located`): the geometry is shared and `location()`
 * reports the placement. `translate`, `rotate`, `mirror`, `scale` and `transformShape` still copy
 * the geometry, transformed, and leave the location as it was.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Location, Plane, Solid, Workplane } from "../../src/api/index.ts";
import { loadKernel, withScope } from "../../src/kernel/index.ts";
import { assertClose, assertPartforgeError, assertTripleClose } from "../helpers/geometry.ts";

const loose = (target: object) => target as unknown as Record<string, (...args: unknown[]) => unknown>;

/** The location's frame as [origin, xDir, zDir] tuples. */
function frameOf(location: Location): [number[], number[], number[]] {
  const { origin, xDir, zDir } = location.frame;
  return [origin.toTuple(), xDir.toTuple(), zDir.toTuple()];
}

function assertSameLocation(actual: Location, expected: Location, message?: string): void {
  const [a, b] = [frameOf(actual), frameOf(expected)];
  for (let i = 0; i < 3; i++) {
    a[i]!.forEach((value, axis) => assert.ok(Math.abs(value - b[i]![axis]!) < 1e-9, `${message ?? "location"}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`));
  }
}

const TURNED = new Location([1, 2, 3], [0, 0, 1], 90);

describe("Shape locations (CadQuery's moved / located / location)", () => {
  before(async () => {
    await loadKernel();
  });

  it("location() reports what moved and located set, turn included; a shape as made is at the identity", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 2, 3);
      assertSameLocation(box.location(), new Location());
      const moved = box.moved(TURNED);
      assertSameLocation(moved.location(), TURNED, "moved");
      assertSameLocation(box.location(), new Location(), "the original is left where it was");
      // The box's centre (0.5, 1, 1.5) turned a quarter about z and moved by (1, 2, 3).
      assertTripleClose(moved.Center().toTuple(), [0, 2.5, 4.5], 1e-9);
      assertSameLocation(box.located(TURNED).location(), TURNED, "located");
      assertSameLocation(box.moved([0, 0, 5]).location(), new Location([0, 0, 5]), "moved by a translation");
    }));

  it("moved composes with the current location; located replaces it", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      const twice = box.moved({ x: 1 }).moved({ x: 1 });
      assertSameLocation(twice.location(), new Location([2, 0, 0]));
      const relocated = box.moved(TURNED).located(new Location([0, 0, 5]));
      assertSameLocation(relocated.location(), new Location([0, 0, 5]));
      assertTripleClose(relocated.Center().toTuple(), [0.5, 0.5, 5.5], 1e-9);
      assertTripleClose(relocated.Center().toTuple(), box.located(new Location([0, 0, 5])).Center().toTuple(), 1e-12);
    }));

  it("shares the geometry: a moved shape located back at the identity is the same shape as the original", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      assert.ok(box.moved(TURNED).located(new Location()).isSame(box));
      assert.ok(!box.moved(TURNED).isSame(box), "a moved shape is not the same shape (another location)");
      // translate copies the geometry, as CadQuery's does.
      assert.ok(!box.translate([1, 0, 0]).located(new Location()).isSame(box));
    }));

  it("x, y, z, rx, ry, rz: rotations about the world x, y, z axes in that order, then the translation", () =>
    withScope(() => {
      const moved = Solid.makeBox(1, 1, 1).moved(1, 2, 3, 90, 0, 90);
      // x turned 90° about x stays x, then 90° about z becomes y; z turned about x becomes -y, then about z becomes x.
      assertSameLocation(moved.location(), new Location(new Plane([1, 2, 3], [0, 1, 0], [1, 0, 0])));
      const copied = Solid.makeBox(1, 1, 1).rotate([0, 0, 0], [1, 0, 0], 90).rotate([0, 0, 0], [0, 0, 1], 90).translate([1, 2, 3]);
      assertTripleClose(moved.Center().toTuple(), copied.Center().toTuple(), 1e-9);
    }));

  it("the copying transformations leave the location alone", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      for (const copy of [box.translate([1, 0, 0]), box.rotate([0, 0, 0], [0, 0, 1], 30), box.mirror("XY"), box.scale(2), box.transformShape([[1, 0, 0, 4], [0, 1, 0, 0], [0, 0, 1, 0]])]) {
        assertSameLocation(copy.location(), new Location());
      }
    }));

  it("sub-shapes report their location in the world, and measure where they are", () =>
    withScope(() => {
      const moved = Solid.makeBox(1, 1, 1).moved(TURNED);
      for (const face of moved.Faces()) assertSameLocation(face.location(), TURNED, "a face of the moved box");
      const top = moved.Faces().find((face) => Math.abs(face.Center().z - 4) < 1e-9);
      assert.ok(top !== undefined, "the top face is at z = 4");
      assertClose(top.Area(), 1, 1e-12);
    }));

  it("locate and move set the location of the shape itself", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      box.move(TURNED);
      assertSameLocation(box.location(), TURNED, "move");
      box.locate(new Location([0, 0, 7]));
      assertSameLocation(box.location(), new Location([0, 0, 7]), "locate replaces the location");
      assertClose(box.Center().z, 7.5, 1e-12);
    }));

  it("a Workplane places shapes at its stack locations by location", () =>
    withScope(() => {
      const sphere = Solid.makeSphere(0.5);
      const placed = Workplane().pushPoints([[0, 0], [3, 0], [0, 4]]).eachpoint(sphere).vals() as Solid[];
      assert.deepEqual(placed.map((s) => s.location().toTuple()), [[0, 0, 0], [3, 0, 0], [0, 4, 0]]);
      const onXZ = Workplane("XZ").pushPoints([[1, 2]]).eachpoint(sphere).val() as Solid;
      // The point taken along the global axes on another plane, as CadQuery 2.5 does (its issue #1098).
      assertSameLocation(onXZ.location(), new Location(Plane.named("XZ").withOrigin([1, 2, 0])));
      // A box fused at each point comes out whole, in the right places.
      const fused = Workplane().box(10, 10, 1).faces(">Z").workplane().rarray(4, 4, 2, 2).eachpoint(Solid.makeBox(1, 1, 1, [-0.5, -0.5, 0]), { combine: true });
      assertClose((fused.val() as Solid).Volume(), 100 + 4, 1e-9);
    }));

  it("refuses what is not a Location, and arguments to location()", () =>
    withScope(() => {
      const box = Solid.makeBox(1, 1, 1);
      assertPartforgeError(() => loose(box).located!("XY"), "SCRIPT_EXCEPTION");
      assertPartforgeError(() => loose(box).locate!(5), "SCRIPT_EXCEPTION");
      assertPartforgeError(() => loose(box).location!(TURNED), "SCRIPT_EXCEPTION");
      assertPartforgeError(() => loose(box).moved!("far"), "SCRIPT_EXCEPTION");
    }));
});
