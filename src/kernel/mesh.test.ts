import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox, makeCylinder, makeSphere, type AnyShape } from "replicad";
import { isPartforgeError } from "../shared/errors.ts";
import type { Mesh } from "../shared/mesh.ts";
import { checkClosed, signedVolume } from "../../test/helpers/meshChecks.ts";
import { boxWithHole, cubeAndSphere } from "../../test/helpers/shapes.ts";
import { loadKernel } from "./load.ts";
import { volumeOf } from "./measure.ts";
import { DEFAULT_ANGULAR_TOLERANCE, DEFAULT_TOLERANCE, tessellate, type TessellateOptions } from "./mesh.ts";

const defaults: TessellateOptions = { unit: "mm", tolerance: DEFAULT_TOLERANCE, angularTolerance: DEFAULT_ANGULAR_TOLERANCE };

function meshOf(shape: AnyShape, options: Partial<TessellateOptions> = {}): Mesh {
  return tessellate([{ name: "part", shape }], { ...defaults, ...options });
}

function triangleCount(mesh: Mesh): number {
  return mesh.indices.length / 3;
}

const solids: Record<string, () => AnyShape> = {
  box: () => makeBaseBox(10, 20, 30),
  cylinder: () => makeCylinder(5, 10),
  sphere: () => makeSphere(10),
  "box with a bore": boxWithHole,
  "cube and sphere compound": cubeAndSphere,
  "mirrored box with an off-centre bore": () => {
    const block = makeBaseBox(30, 30, 10);
    const tool = makeCylinder(5, 20, [6, 0, -5]);
    const part = block.cut(tool);
    block.delete();
    tool.delete();
    return part.mirror("YZ");
  },
  "filleted box": () => makeBaseBox(30, 30, 10).fillet(2),
};

describe("tessellate", () => {
  before(async () => {
    await loadKernel();
  });

  it("uses CadQuery's default tolerances: 0.1 model units and 0.1 rad", () => {
    assert.equal(DEFAULT_TOLERANCE, 0.1);
    assert.equal(DEFAULT_ANGULAR_TOLERANCE, 0.1);
  });

  for (const [name, make] of Object.entries(solids)) {
    it(`meshes a ${name} closed, outward-facing, with no degenerate triangles and its volume within 0.5%`, () => {
      const shape = make();
      const mesh = meshOf(shape);
      const closedness = checkClosed(mesh.positions, mesh.indices);
      assert.equal(closedness.badEdges, 0, "every welded edge is used once in each direction");
      assert.equal(closedness.degenerateTriangles, 0);
      assert.ok(closedness.isClosed);
      const volume = signedVolume(mesh.positions, mesh.indices);
      const exact = volumeOf(shape);
      assert.ok(volume > 0, `signed volume ${volume} must be positive (counter-clockwise seen from outside)`);
      assert.ok(Math.abs(volume - exact) / exact < 0.005, `mesh volume ${volume} vs exact ${exact}`);
      shape.delete();
    });
  }

  it("gives vertex normals of unit length on the outside of the surface", () => {
    const sphere = makeSphere(10);
    const { positions, normals } = meshOf(sphere);
    sphere.delete();
    assert.ok(normals !== undefined, "normals are made by default");
    assert.equal(normals.length, positions.length);
    for (let v = 0; v < positions.length; v += 3) {
      const [x, y, z] = [positions[v]!, positions[v + 1]!, positions[v + 2]!];
      const [nx, ny, nz] = [normals[v]!, normals[v + 1]!, normals[v + 2]!];
      assert.ok(Math.abs(Math.hypot(nx, ny, nz) - 1) < 1e-5);
      assert.ok((x * nx + y * ny + z * nz) / Math.hypot(x, y, z) > 0.999, "a sphere's normal is its radial direction");
    }
  });

  for (const [name, make] of Object.entries(solids)) {
    it(`meshes a ${name} without normals to the same positions, triangles and parts as with them`, () => {
      const shape = make();
      const withNormals = meshOf(shape);
      const without = meshOf(shape, { normals: false });
      shape.delete();
      assert.equal(without.normals, undefined);
      assert.ok(without.indices.length > 0);
      assert.deepEqual(without.positions, withNormals.positions);
      assert.deepEqual(without.indices, withNormals.indices);
      assert.deepEqual(without.parts, withNormals.parts);
    });
  }

  it("makes more triangles for a smaller tolerance and for a smaller angular tolerance", () => {
    const sphere = makeSphere(100);
    const coarse = triangleCount(meshOf(sphere, { tolerance: 1, angularTolerance: 1 }));
    const fineLinear = triangleCount(meshOf(sphere, { tolerance: 0.1, angularTolerance: 1 }));
    const fineAngular = triangleCount(meshOf(sphere, { tolerance: 1, angularTolerance: 0.05 }));
    sphere.delete();
    assert.ok(fineLinear > coarse * 2, `tolerance 0.1: ${fineLinear} triangles vs tolerance 1: ${coarse}`);
    assert.ok(fineAngular > coarse * 2, `angular 0.05: ${fineAngular} triangles vs angular 1: ${coarse}`);
  });

  it("gives identical arrays for the same shape and options, whatever was meshed before", () => {
    const shape = boxWithHole();
    const first = meshOf(shape);
    meshOf(shape, { tolerance: 0.01, angularTolerance: 0.02 });
    const second = meshOf(shape);
    shape.delete();
    assert.deepEqual(second.positions, first.positions);
    assert.deepEqual(second.normals, first.normals);
    assert.deepEqual(second.indices, first.indices);
  });

  it("keeps one part per input, in order, with its name, colour and contiguous triangles", () => {
    const block = makeBaseBox(10, 10, 10);
    const ball = makeSphere(3);
    const mesh = tessellate(
      [{ name: "block", shape: block, color: "#FF8000" }, { name: "ball", shape: ball }],
      { ...defaults, unit: "in" },
    );
    const blockAlone = meshOf(block);
    block.delete();
    ball.delete();
    assert.equal(mesh.unit, "in");
    assert.deepEqual(mesh.parts.map((part) => [part.name, part.color, part.firstTriangle]), [
      ["block", "#ff8000", 0],
      ["ball", undefined, triangleCount(blockAlone)],
    ]);
    assert.equal(mesh.parts[0]!.triangleCount + mesh.parts[1]!.triangleCount, triangleCount(mesh));
    assert.deepEqual(mesh.indices.subarray(0, blockAlone.indices.length), blockAlone.indices);
    const ballIndices = mesh.indices.subarray(blockAlone.indices.length);
    assert.ok(ballIndices.every((index) => index >= blockAlone.positions.length / 3 && index < mesh.positions.length / 3));
  });

  it("rejects a tolerance that is not a positive number with USAGE naming it", () => {
    const box = makeBaseBox(1, 1, 1);
    for (const [param, value] of [["tolerance", 0], ["tolerance", Number.NaN], ["angularTolerance", -1]] as const) {
      assert.throws(
        () => meshOf(box, { [param]: value }),
        (error: unknown) => isPartforgeError(error) && error.code === "USAGE" && error.param === param,
      );
    }
    box.delete();
  });

  it("rejects a part colour that is not #rrggbb", () => {
    const box = makeBaseBox(1, 1, 1);
    assert.throws(
      () => tessellate([{ name: "box", shape: box, color: "red" }], defaults),
      (error: unknown) => isPartforgeError(error) && error.code === "INVALID_RESULT" && /box/.test(error.message),
    );
    box.delete();
  });

  it("reports a deleted shape as a GEOMETRY error naming the part", () => {
    const box = makeBaseBox(1, 1, 1);
    box.delete();
    assert.throws(
      () => tessellate([{ name: "gone", shape: box }], defaults),
      (error: unknown) => isPartforgeError(error) && error.code === "GEOMETRY" && /gone/.test(error.message),
    );
  });
});
