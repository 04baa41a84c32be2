import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { makeBaseBox, makeCylinder, makeSphere, type AnyShape } from "replicad";
import { exportStl } from "../../src/exporters/index.ts";
import { DEFAULT_ANGULAR_TOLERANCE, DEFAULT_TOLERANCE, loadKernel, tessellate, volumeOf } from "../../src/kernel/index.ts";
import type { Mesh } from "../../src/shared/mesh.ts";
import { boxWithHole, cubeAndSphere } from "../helpers/shapes.ts";
import { readStl, readStlWithThree, type StlReading } from "../helpers/stlReader.ts";

function meshOf(shape: AnyShape): Mesh {
  return tessellate([{ name: "part", shape }], { unit: "mm", tolerance: DEFAULT_TOLERANCE, angularTolerance: DEFAULT_ANGULAR_TOLERANCE });
}

/** One tetrahedron, corners at the origin and on the axes, wound outwards. */
const tetrahedron: Mesh = {
  unit: "mm",
  positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]),
  normals: new Float32Array(12),
  indices: new Uint32Array([0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3]),
  parts: [{ name: "tetra", firstTriangle: 0, triangleCount: 4 }],
};

const solids: Record<string, () => AnyShape> = {
  box: () => makeBaseBox(10, 20, 30),
  cylinder: () => makeCylinder(5, 10),
  sphere: () => makeSphere(10),
  "box with a bore": boxWithHole,
  "cube and sphere compound": cubeAndSphere,
};

function assertSolidReading(reading: { volume: number; isClosed: boolean }, exact: number): void {
  assert.ok(reading.isClosed, "closed once corners are welded");
  assert.ok(reading.volume > 0, `signed volume ${reading.volume} must be positive`);
  assert.ok(Math.abs(reading.volume - exact) / exact < 0.005, `STL volume ${reading.volume} vs exact ${exact}`);
}

describe("STL export", () => {
  before(async () => {
    await loadKernel();
  });

  for (const [name, make] of Object.entries(solids)) {
    it(`writes a closed binary STL of a ${name} whose volume is within 0.5% of the solid's, as three.js reads it too`, () => {
      const shape = make();
      const exact = volumeOf(shape);
      const mesh = meshOf(shape);
      shape.delete();
      const bytes = exportStl(mesh);
      const ours = readStl(bytes);
      assert.equal(ours.format, "binary");
      assert.equal(ours.triangles, mesh.indices.length / 3);
      assertSolidReading(ours, exact);
      const three = readStlWithThree(bytes);
      assert.equal(three.triangles, ours.triangles);
      assertSolidReading(three, exact);
      assert.deepEqual(three.bbox, ours.bbox);
    });
  }

  it("writes ASCII STL on request with the same triangles, exactly, as binary", () => {
    const shape = boxWithHole();
    const exact = volumeOf(shape);
    const mesh = meshOf(shape);
    shape.delete();
    const binary = readStl(exportStl(mesh, { name: "bored" }));
    const asciiBytes = exportStl(mesh, { ascii: true, name: "bored" });
    const ascii = readStl(asciiBytes);
    assert.equal(ascii.format, "ascii");
    assert.equal(ascii.title, "bored");
    assert.deepEqual(ascii.positions, binary.positions, "9 significant digits give back every float32");
    assert.deepEqual(ascii.facetNormals, binary.facetNormals);
    const three = readStlWithThree(asciiBytes);
    assert.equal(three.triangles, binary.triangles);
    assertSolidReading(three, exact);
  });

  it("lays out binary STL as 80-byte header, little-endian count and 50 bytes per facet", () => {
    const bytes = exportStl(tetrahedron, { name: "tetra" });
    assert.equal(bytes.length, 84 + 4 * 50);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    assert.equal(view.getUint32(80, true), 4);
    // Second facet: corners 0, 1, 3 → normal (0, -1, 0).
    const facet = 84 + 50;
    assert.deepEqual([0, 1, 2].map((k) => view.getFloat32(facet + 4 * k, true)), [0, -1, 0]);
    assert.deepEqual([3, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => view.getFloat32(facet + 4 * k, true)), [0, 0, 0, 1, 0, 0, 0, 0, 1]);
    assert.equal(view.getUint16(facet + 48, true), 0);
    assert.equal(readStl(bytes).volume, 1 / 6);
  });

  it("names partforge and the model in the binary header, with no time stamp and no leading 'solid'", () => {
    const header = new TextDecoder("latin1").decode(exportStl(tetrahedron, { name: "Bored block" }).subarray(0, 80));
    assert.match(header, /^partforge binary STL: Bored block\0*$/);
    assert.doesNotMatch(header, /\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/);
  });

  it("keeps odd model names from breaking either format or turning into a Magics colour", () => {
    const name = "Bügel COLOR=ff0000ff\nsolid x";
    const binary = exportStl(tetrahedron, { name });
    assert.equal(readStlWithThree(binary).hasColors, false);
    assert.ok(binary.subarray(0, 80).every((byte) => byte < 0x80), "header is ASCII");
    const ascii = readStl(exportStl(tetrahedron, { name, ascii: true }));
    assert.equal(ascii.title, "B?gel_COLOR=ff0000ff_solid_x");
    assert.equal(ascii.triangles, 4);
  });

  it("computes each facet normal from its triangle, pointing outwards", () => {
    const sphere = makeSphere(10);
    const reading: StlReading = readStl(exportStl(meshOf(sphere), { ascii: true }));
    sphere.delete();
    for (let t = 0; t < reading.triangles; t++) {
      const [ax, ay, az, bx, by, bz, cx, cy, cz] = reading.positions.subarray(t * 9, t * 9 + 9);
      const [nx, ny, nz] = reading.facetNormals.subarray(t * 3, t * 3 + 3);
      const centroid = [(ax! + bx! + cx!) / 3, (ay! + by! + cy!) / 3, (az! + bz! + cz!) / 3];
      assert.ok(Math.abs(Math.hypot(nx!, ny!, nz!) - 1) < 1e-6);
      assert.ok((nx! * centroid[0]! + ny! * centroid[1]! + nz! * centroid[2]!) / Math.hypot(...centroid) > 0.95);
    }
  });

  it("writes identical bytes for the same mesh, binary and ASCII", () => {
    const shape = boxWithHole();
    const mesh = meshOf(shape);
    const again = meshOf(shape);
    shape.delete();
    assert.deepEqual(exportStl(again), exportStl(mesh));
    assert.deepEqual(exportStl(again, { ascii: true }), exportStl(mesh, { ascii: true }));
  });

  it("writes an empty mesh as a valid file with no facets", () => {
    const empty: Mesh = { unit: "mm", positions: new Float32Array(), normals: new Float32Array(), indices: new Uint32Array(), parts: [] };
    assert.equal(readStl(exportStl(empty)).triangles, 0);
    assert.equal(new TextDecoder().decode(exportStl(empty, { ascii: true })), "solid partforge\nendsolid partforge\n");
  });
});
