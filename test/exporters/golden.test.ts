/**
 * Byte-stable output: one tiny model per format against a file kept in `golden/`. A change in any
 * byte fails here; when the change is intended, regenerate with
 * `PARTFORGE_UPDATE_GOLDEN=1 node --import tsx --test test/exporters/golden.test.ts` and review the diff.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { makeBaseBox } from "replicad";
import { exportAmf, exportGlb, exportStep, exportStl, exportThreeMf, exportTjs } from "../../src/exporters/index.ts";
import { loadKernel } from "../../src/kernel/index.ts";
import type { Mesh } from "../../src/shared/mesh.ts";

const GOLDEN = new URL("./golden/", import.meta.url);
const UPDATE = process.env.PARTFORGE_UPDATE_GOLDEN === "1";

/** Two tetrahedra in inches, the first coloured, wound outwards; corners not yet shared. */
const TWO_TETRAHEDRA: Mesh = (() => {
  const corners = [[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]];
  const faces = [[0, 2, 1], [0, 1, 3], [0, 3, 2], [1, 2, 3]];
  const positions: number[] = [];
  const normals: number[] = [];
  for (const offset of [0, 2]) {
    for (const face of faces) {
      const [a, b, c] = face.map((i) => corners[i]!);
      const n = [(b![1]! - a![1]!) * (c![2]! - a![2]!) - (b![2]! - a![2]!) * (c![1]! - a![1]!),
        (b![2]! - a![2]!) * (c![0]! - a![0]!) - (b![0]! - a![0]!) * (c![2]! - a![2]!),
        (b![0]! - a![0]!) * (c![1]! - a![1]!) - (b![1]! - a![1]!) * (c![0]! - a![0]!)];
      const length = Math.hypot(...n);
      for (const corner of [a, b, c]) {
        positions.push(corner![0]! + offset, corner![1]!, corner![2]!);
        normals.push(...n.map((v) => v / length));
      }
    }
  }
  return {
    unit: "in",
    positions: new Float32Array(positions),
    normals: new Float32Array(normals),
    indices: Uint32Array.from({ length: 24 }, (_, i) => i),
    parts: [
      { name: "tetra <1> & \"quoted\"", firstTriangle: 0, triangleCount: 4, color: "#ff8000" },
      { name: "tetra 2", firstTriangle: 4, triangleCount: 4 },
    ],
  };
})();

function checkGolden(file: string, bytes: Uint8Array): void {
  const url = new URL(file, GOLDEN);
  if (UPDATE || !existsSync(url)) {
    assert.ok(UPDATE, `golden file ${file} is missing: run with PARTFORGE_UPDATE_GOLDEN=1 to create it`);
    writeFileSync(url, bytes);
  }
  assert.ok(Buffer.from(bytes).equals(readFileSync(url)), `${file} differs from the golden file`);
}

describe("golden files", () => {
  before(() => loadKernel());

  it("writes the same binary and ASCII STL bytes", () => {
    checkGolden("tetrahedra.stl", exportStl(TWO_TETRAHEDRA, { name: "two tetrahedra" }));
    checkGolden("tetrahedra-ascii.stl", exportStl(TWO_TETRAHEDRA, { name: "two tetrahedra", ascii: true }));
  });

  it("writes the same AMF bytes", () => checkGolden("tetrahedra.amf", exportAmf(TWO_TETRAHEDRA, { name: "two tetrahedra" })));

  it("writes the same three.js JSON bytes", () => checkGolden("tetrahedra.json", exportTjs(TWO_TETRAHEDRA, { name: "two tetrahedra" })));

  it("writes the same GLB bytes", async () => checkGolden("tetrahedra.glb", await exportGlb(TWO_TETRAHEDRA, { name: "two tetrahedra" })));

  it("writes the same 3MF bytes, whatever the time zone", () => {
    checkGolden("tetrahedra.3mf", exportThreeMf(TWO_TETRAHEDRA, { name: "two tetrahedra" }));
  });

  it("writes the same STEP bytes", () => {
    const box = makeBaseBox(1, 2, 3);
    try {
      checkGolden("box.step", exportStep([{ name: "box", shape: box, color: "#336699" }], { unit: "in" }));
    } finally {
      box.delete();
    }
  });
});
