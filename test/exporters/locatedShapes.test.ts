/**
 * Issue 15: `moved` / `located` set a shape's OCCT location and share its geometry. Every export
 * must honour the location: a moved shape exports as the same geometry copied into place
 * (`rotate` + `translate`), and two parts sharing one kernel shape at two locations export as
 * two solids where they are. Read back independently: STL by our strict reader, STEP by
 * occt-import-js, BREP by FreeCAD.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { Compound, Location, Solid, Workplane, unwrapShape, type Shape } from "../../src/api/index.ts";
import { exportBrep, exportStep, exportStl } from "../../src/exporters/index.ts";
import { boundingBoxOf, DEFAULT_ANGULAR_TOLERANCE, DEFAULT_TOLERANCE, loadKernel, tessellate, volumeOf, withScope } from "../../src/kernel/index.ts";
import { freecadMissing, readBrepsWithFreecad } from "../helpers/freecadReader.ts";
import { boundingBox, signedVolume, type Box3 } from "../helpers/meshChecks.ts";
import { readStepIndependently } from "../helpers/stepReader.ts";
import { readStl } from "../helpers/stlReader.ts";

const LOC = new Location([10, 20, 30], [1, 1, 0], 37);

/** A cylinder with a bore (curved faces, so the mesh depends on where the surfaces are). */
function part(): Shape {
  return Workplane().cylinder(3, 2).faces(">Z").workplane().hole(1).val() as Shape;
}

/** The same geometry copied into place by `rotate` + `translate` (identity location). */
function copiedIntoPlace(shape: Shape): Shape {
  return shape.rotate([0, 0, 0], [1, 1, 0], 37).translate([10, 20, 30]);
}

function assertBoxesClose(actual: Box3, expected: { min: readonly number[]; max: readonly number[] }, absolute: number, message: string): void {
  for (const corner of ["min", "max"] as const) {
    actual[corner].forEach((value, axis) => {
      assert.ok(Math.abs(value - expected[corner][axis]!) <= absolute, `${message}: bbox ${corner}[${axis}] = ${value}, expected ${expected[corner][axis]} ± ${absolute}`);
    });
  }
}

const MESH = { unit: "mm" as const, tolerance: DEFAULT_TOLERANCE, angularTolerance: DEFAULT_ANGULAR_TOLERANCE, normals: false };

describe("exports of located shapes", () => {
  before(async () => {
    await loadKernel();
  });

  it("meshes a moved shape where the copied one is: the same triangles, positions within float precision", () => withScope(() => {
    const shape = part();
    const moved = shape.moved(LOC);
    assert.notDeepEqual(moved.location().toTuple(), [0, 0, 0], "the moved shape carries a location");
    const a = tessellate([{ name: "moved", shape: unwrapShape(moved) }], MESH);
    const b = tessellate([{ name: "copied", shape: unwrapShape(copiedIntoPlace(shape)) }], MESH);
    assert.equal(a.indices.length, b.indices.length);
    assert.equal(a.positions.length, b.positions.length);
    let worst = 0;
    for (let i = 0; i < a.positions.length; i++) worst = Math.max(worst, Math.abs(a.positions[i]! - b.positions[i]!));
    assert.ok(worst < 1e-4, `positions differ by up to ${worst}`);
    const exact = volumeOf(unwrapShape(moved));
    assert.ok(Math.abs(signedVolume(a.positions, a.indices) - exact) / exact < 2e-2);
    // The STL file says the same.
    const stl = readStl(exportStl(a, { name: "moved" }));
    assertBoxesClose(stl.bbox, boundingBox(b.positions, b.indices), 1e-4, "STL");
  }));

  it("meshes one kernel shape twice when a compound holds it at two locations", () => withScope(() => {
    const shape = part();
    const pair = Compound.makeCompound([shape, shape.moved(LOC)]);
    const mesh = tessellate([{ name: "pair", shape: unwrapShape(pair) }], MESH);
    const single = tessellate([{ name: "one", shape: unwrapShape(shape) }], MESH);
    assert.equal(mesh.indices.length, 2 * single.indices.length);
    const box = boundingBoxOf(unwrapShape(pair));
    assertBoxesClose(boundingBox(mesh.positions, mesh.indices), box, 1e-2, "mesh of the pair");
    assert.ok(box.max[2] > 30 && box.min[2] < 0, "the pair spans both places");
  }));

  it("writes a moved shape to STEP where the copied one is", async () => {
    const [movedBytes, copiedBytes, box] = withScope(() => {
      const shape = part();
      const moved = shape.moved(LOC);
      return [
        exportStep([{ name: "moved", shape: unwrapShape(moved) }], { unit: "mm" }),
        exportStep([{ name: "copied", shape: unwrapShape(copiedIntoPlace(shape)) }], { unit: "mm" }),
        boundingBoxOf(unwrapShape(moved)),
      ] as const;
    });
    const [moved, copied] = [await readStepIndependently(movedBytes), await readStepIndependently(copiedBytes)];
    assert.equal(moved.solids.length, 1);
    assert.ok(Math.abs(moved.volume - copied.volume) / copied.volume < 1e-6, `${moved.volume} vs ${copied.volume}`);
    assertBoxesClose(moved.bbox, copied.bbox, 1e-6, "STEP, moved vs copied");
    assertBoxesClose(moved.bbox, box, 1e-3, "STEP, moved vs its exact box");
  });

  it("writes two parts sharing one kernel shape at two locations as two solids in their places (STEP)", async () => {
    const [bytes, volume, box] = withScope(() => {
      const shape = Solid.makeBox(1, 2, 3);
      const parts = [
        { name: "here", shape: unwrapShape(shape) },
        { name: "there", shape: unwrapShape(shape.moved(LOC)) },
      ];
      return [exportStep(parts, { unit: "mm" }), volumeOf(parts[0]!.shape), boundingBoxOf(unwrapShape(Compound.makeCompound([shape, shape.moved(LOC)])))] as const;
    });
    const reading = await readStepIndependently(bytes);
    assert.deepEqual(reading.names, ["here", "there"]);
    assert.equal(reading.solids.length, 2);
    assert.ok(Math.abs(reading.volume - 2 * volume) < 1e-6, `volume ${reading.volume}`);
    assertBoxesClose(reading.bbox, box, 1e-6, "STEP of the two parts");
  });

  // OCCT's writer records the moved part's un-located prototype as transferred and used to drop the
  // later un-moved part (doc/assy.rst "Object locations": one product in the file).
  for (const colored of [false, true]) {
    it(`keeps the un-moved part when a moved one of the same kernel shape comes first (STEP, ${colored ? "document writer: coloured" : "plain writer"})`, async () => {
      const [bytes, volume] = withScope(() => {
        const shape = Solid.makeCone(1, 0, 2);
        const parts = [
          { name: "moved", shape: unwrapShape(shape.moved(LOC)), ...(colored ? { color: "#00ff00" } : {}) },
          { name: "here", shape: unwrapShape(shape), ...(colored ? { color: "#0000ff" } : {}) },
        ];
        return [exportStep(parts, { unit: "mm" }), volumeOf(parts[1]!.shape)] as const;
      });
      const reading = await readStepIndependently(bytes);
      assert.deepEqual(reading.names, ["moved", "here"]);
      assert.equal(reading.solids.length, 2);
      assert.ok(Math.abs(reading.volume - 2 * volume) < 1e-3 * volume, `volume ${reading.volume}, each part ${volume}`);
    });
  }

  // The same OCCT behaviour one level down: a compound part's members are transferred like parts, so a
  // member moved itself, or inside a moved compound, shadowed a later un-moved part of the same shape.
  const nested = {
    "a moved member of a compound part": (cone: Shape, box: Shape) => Compound.makeCompound([cone.moved(LOC), box]),
    "a member of a moved compound part": (cone: Shape, box: Shape) => Compound.makeCompound([cone, box]).moved(LOC),
  };
  for (const [label, first] of Object.entries(nested)) {
    it(`keeps the un-moved part when ${label} is the same kernel shape (STEP)`, async () => {
      const [bytes, volume] = withScope(() => {
        const cone = Solid.makeCone(1, 0, 2);
        const box = Solid.makeBox(1, 1, 1).translate([5, 0, 0]);
        const parts = [
          { name: "pair", shape: unwrapShape(first(cone, box)) },
          { name: "here", shape: unwrapShape(cone) },
        ];
        return [exportStep(parts, { unit: "mm" }), 2 * volumeOf(parts[1]!.shape) + volumeOf(unwrapShape(box))] as const;
      });
      const reading = await readStepIndependently(bytes);
      assert.deepEqual(reading.names, ["pair", "here"]);
      assert.equal(reading.solids.length, 3);
      assert.ok(Math.abs(reading.volume - volume) < 1e-3 * volume, `volume ${reading.volume}, expected ${volume}`);
    });
  }

  it("writes a moved shape to BREP that FreeCAD reads where the copied one is", { skip: freecadMissing() }, async () => {
    const files = withScope(() => {
      const shape = part();
      return [exportBrep([{ name: "moved", shape: unwrapShape(shape.moved(LOC)) }]), exportBrep([{ name: "copied", shape: unwrapShape(copiedIntoPlace(shape)) }])];
    });
    const [moved, copied] = await readBrepsWithFreecad(files);
    assert.ok(moved!.valid);
    assert.ok(Math.abs(moved!.volume - copied!.volume) / copied!.volume < 1e-9);
    assertBoxesClose({ min: [...moved!.bbox.min], max: [...moved!.bbox.max] }, copied!.bbox, 1e-6, "BREP");
    moved!.centerOfMass.forEach((value, axis) => assert.ok(Math.abs(value - copied!.centerOfMass[axis]!) < 1e-9));
  });
});
