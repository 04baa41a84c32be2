/**
 * Every format of three examples — a millimetre part, an inch part and a two-solid model — read
 * back by readers that share no code with partforge, each compared with the built B-rep's exact
 * volume and bounding box in the unit that reader works in. All mesh formats of one example are
 * written from one tessellation.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import { unzipSync } from "fflate";
import { PropertyBinding } from "three";
import { BuildMeshes, finishExport, loadScript, prepareExport, resolveExportOptions, resultParts, type PreparedExport } from "../../src/build/index.ts";
import { exportFormats, type ExportFormat } from "../../src/exporters/index.ts";
import { boundingBoxOf, loadKernel, volumeOf, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues } from "../../src/modelscript/index.ts";
import type { Mesh } from "../../src/shared/mesh.ts";
import { metresPer, millimetresPer, type Unit } from "../../src/shared/units.ts";
import { checkClosed, type Box3 } from "../helpers/meshChecks.ts";
import { ASSIMP, missing, PRUSA_SLICER, readWithAssimp, readWithPrusaSlicer } from "../helpers/slicerReaders.ts";
import { readStepIndependently } from "../helpers/stepReader.ts";
import { readStl } from "../helpers/stlReader.ts";
import { readGlbWithThree, readTjs, validateGlb } from "../helpers/threeReaders.ts";

interface Built {
  unit: Unit;
  name: string;
  parts: { name: string; volume: number; bbox: Box3 }[];
  volume: number;
  bbox: Box3;
  mesh: Mesh;
  files: Record<ExportFormat, Uint8Array>;
  tessellations: number;
}

const EXAMPLES = new URL("../../examples/", import.meta.url);
const OPTIONS = resolveExportOptions({});

function union(boxes: Box3[]): Box3 {
  return {
    min: [0, 1, 2].map((axis) => Math.min(...boxes.map((b) => b.min[axis]!))) as Box3["min"],
    max: [0, 1, 2].map((axis) => Math.max(...boxes.map((b) => b.max[axis]!))) as Box3["max"],
  };
}

/** Builds an example with its defaults, measures it exactly and exports every format from one mesh. */
async function buildExample(file: string): Promise<Built> {
  const loaded = await loadScript(await readFile(new URL(file, EXAMPLES), "utf8"), "ts");
  const unit = loaded.uom;
  const name = loaded.metadata.name;
  const { prepared, parts, mesh, tessellations } = await withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), name);
    const meshes = new BuildMeshes(parts, unit);
    const prepared = exportFormats().map((format) => prepareExport(parts, format, unit, OPTIONS, name, meshes));
    const measured = parts.map((part) => ({ name: part.name, volume: volumeOf(part.shape), bbox: boundingBoxOf(part.shape) as Box3 }));
    return { prepared, parts: measured, mesh: meshes.meshFor(OPTIONS), tessellations: meshes.tessellationCount };
  });
  const files = Object.fromEntries(
    await Promise.all(prepared.map(async (p: PreparedExport) => [p.format, await finishExport(p)] as const)),
  ) as Record<ExportFormat, Uint8Array>;
  return {
    unit, name, parts, mesh, files, tessellations,
    volume: parts.reduce((sum, part) => sum + part.volume, 0),
    bbox: union(parts.map((part) => part.bbox)),
  };
}

/** The JSON chunk of a GLB (header 12 bytes, then chunk length, type "JSON", data). */
function glbJson(bytes: Uint8Array): { nodes: { name: string }[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + view.getUint32(12, true)))) as { nodes: { name: string }[] };
}

function assertClose(actual: number, expected: number, relative: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${what}: ${actual}, expected ${expected} ± ${relative * 100} %`);
}

/** Mesh vertices lie on the surface within the tolerance, so a mesh's box is within it of the exact box. */
function assertBox(actual: Box3, expected: Box3, absolute: number, what: string): void {
  for (const corner of ["min", "max"] as const) {
    for (let axis = 0; axis < 3; axis++) {
      const a = actual[corner][axis]!, e = expected[corner][axis]!;
      assert.ok(Math.abs(a - e) <= absolute, `${what} ${corner}[${axis}] = ${a}, expected ${e} ± ${absolute}`);
    }
  }
}

function scaled(box: Box3, factor: number): Box3 {
  return { min: box.min.map((v) => v * factor) as Box3["min"], max: box.max.map((v) => v * factor) as Box3["max"] };
}

/** glTF: metres, Y up — (x, y, z) Z-up becomes (x, z, -y). */
function yUpMetres(box: Box3, unit: Unit): Box3 {
  const s = metresPer(unit);
  return { min: [box.min[0] * s, box.min[2] * s, -box.max[1] * s], max: [box.max[0] * s, box.max[2] * s, -box.min[1] * s] };
}

/** Mesh volume is a little under the exact one (chords cut inside convex curves); 1 % allows for default tolerances. */
const VOLUME_TOLERANCE = 0.01;

const CASES = [
  { file: "bored-block.ts", unit: "mm", solids: 1 },
  { file: "pipe-flange.ts", unit: "in", solids: 1 },
  { file: "enclosure.ts", unit: "mm", solids: 2 },
] as const;

describe("every format, read by independent readers", () => {
  before(() => loadKernel());

  for (const { file, unit, solids } of CASES) {
    describe(`${file} (${unit}, ${solids} solid${solids > 1 ? "s" : ""})`, () => {
      let built: Built;
      // Box slack: the deflection, plus float32 rounding.
      let slack: number;
      before(async () => {
        built = await buildExample(file);
        slack = OPTIONS.tolerance + 1e-5 * Math.max(...built.bbox.max.map((v, i) => v - built.bbox.min[i]!));
      });

      it("writes every mesh format from one tessellation whose parts are closed meshes", () => {
        assert.equal(built.unit, unit);
        assert.equal(built.tessellations, 1);
        assert.equal(built.mesh.parts.length, solids);
        for (const part of built.mesh.parts) {
          const indices = built.mesh.indices.subarray(part.firstTriangle * 3, (part.firstTriangle + part.triangleCount) * 3);
          const report = checkClosed(built.mesh.positions, indices);
          assert.ok(report.isClosed, `${part.name}: ${report.badEdges} open or inconsistent edges`);
        }
      });

      it("STL: PrusaSlicer reads a manifold mesh with the solid's volume and box (model units)", { skip: missing(PRUSA_SLICER) }, async () => {
        const objects = await readWithPrusaSlicer(built.files.stl, ".stl");
        const volume = objects.reduce((sum, o) => sum + o.volume, 0);
        assert.ok(objects.every((o) => o.manifold));
        assertClose(volume, built.volume, VOLUME_TOLERANCE, "volume");
        assertBox(union(objects.map((o) => o.bbox)), built.bbox, slack, "box");
        const ours = readStl(built.files.stl);
        assert.equal(ours.triangles, built.mesh.indices.length / 3);
      });

      it("STL: assimp reads every triangle within the solid's box", { skip: missing(ASSIMP) }, async () => {
        const info = await readWithAssimp(built.files.stl, ".stl");
        assert.equal(info.faces, built.mesh.indices.length / 3);
        assertBox(info.bbox, built.bbox, slack, "box");
      });

      it("AMF: PrusaSlicer reads one manifold object per solid with its volume and box; the file declares the unit", { skip: missing(PRUSA_SLICER) }, async () => {
        const text = new TextDecoder().decode(built.files.amf);
        const declared = { mm: "millimeter", in: "inch" }[unit];
        assert.match(text, new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<amf unit="${declared}" version="1.1">`));
        assert.match(text, new RegExp(`<metadata type="name">${built.name}</metadata>`));
        // PrusaSlicer 2.5 takes AMF coordinates as they are (it does not scale by the unit attribute).
        const objects = await readWithPrusaSlicer(built.files.amf, ".amf");
        assert.equal(objects.length, solids);
        objects.forEach((object, i) => {
          assert.ok(object.manifold, `object ${i} is manifold`);
          assertClose(object.volume, built.parts[i]!.volume, VOLUME_TOLERANCE, `object ${i} volume`);
          assertBox(object.bbox, built.parts[i]!.bbox, slack, `object ${i} box`);
        });
      });

      it("AMF: assimp reads a mesh per solid with shared vertices", { skip: missing(ASSIMP) }, async () => {
        const info = await readWithAssimp(built.files.amf, ".amf");
        assert.equal(info.meshes.length, solids);
        assert.equal(info.faces, built.mesh.indices.length / 3);
        // Welded: a closed mesh has about half as many vertices as triangles, not three times as many.
        assert.ok(info.vertices < info.faces, `${info.vertices} vertices for ${info.faces} faces`);
        assertBox(info.bbox, built.bbox, slack, "box");
      });

      it("3MF: PrusaSlicer converts from the declared unit to millimetres and reads each solid's volume and box", { skip: missing(PRUSA_SLICER) }, async () => {
        const objects = await readWithPrusaSlicer(built.files["3mf"], ".3mf");
        const mm = millimetresPer(unit);
        assert.equal(objects.length, solids);
        objects.forEach((object, i) => {
          assert.ok(object.manifold, `object ${i} is manifold`);
          assertClose(object.volume, built.parts[i]!.volume * mm ** 3, VOLUME_TOLERANCE, `object ${i} volume (mm³)`);
          assertBox(object.bbox, scaled(built.parts[i]!.bbox, mm), slack * mm, `object ${i} box (mm)`);
        });
      });

      it("3MF: assimp reads a mesh per solid; the package names each object after its part", { skip: missing(ASSIMP) }, async () => {
        const info = await readWithAssimp(built.files["3mf"], ".3mf");
        assert.equal(info.meshes.length, solids);
        assert.equal(info.faces, built.mesh.indices.length / 3);
        assertBox(info.bbox, built.bbox, slack, "box (file units)");
        const entries = unzipSync(built.files["3mf"]);
        assert.deepEqual(Object.keys(entries), ["[Content_Types].xml", "_rels/.rels", "3D/3dmodel.model"]);
        const model = new TextDecoder().decode(entries["3D/3dmodel.model"]);
        assert.match(model, new RegExp(`<model unit="${{ mm: "millimeter", in: "inch" }[unit]}"`));
        assert.deepEqual([...model.matchAll(/<object id="\d+" type="model" name="([^"]*)"/g)].map((m) => m[1]), built.parts.map((p) => p.name));
      });

      it("TJS: three.js ObjectLoader gives scene-ready Meshes with edges, the solid's volume and box, and the unit", () => {
        const reading = readTjs(built.files.tjs);
        assert.equal(reading.root.type, "Group");
        assert.equal(reading.root.name, built.name);
        assert.deepEqual(reading.root.userData, { unit, metresPerUnit: metresPer(unit), upAxis: "Z", generator: "partforge" });
        assert.deepEqual(reading.meshes.map((m) => m.name), built.parts.map((p) => p.name));
        reading.meshes.forEach((mesh, i) => {
          assert.equal(mesh.materialType, "MeshStandardMaterial");
          assert.ok(mesh.hasNormals);
          assert.ok(mesh.isClosed, `${mesh.name} is closed`);
          assert.ok(mesh.edgeSegments >= 12, `${mesh.name} has its edges drawn (${mesh.edgeSegments} segments)`);
          assertClose(mesh.volume, built.parts[i]!.volume, VOLUME_TOLERANCE, `${mesh.name} volume`);
          assertBox(mesh.bbox, built.parts[i]!.bbox, slack, `${mesh.name} box`);
        });
      });

      it("GLB: the Khronos validator reports no errors and three.js reads metres, Y up, a node per solid", async () => {
        const report = await validateGlb(built.files.glb);
        assert.equal(report.issues.numErrors, 0, JSON.stringify(report.issues.messages));
        assert.equal(report.issues.numWarnings, 0, JSON.stringify(report.issues.messages));
        assert.equal(report.info.totalTriangleCount, built.mesh.indices.length / 3);
        assert.ok(report.info.hasDefaultScene);
        const json = glbJson(built.files.glb);
        assert.deepEqual(json.nodes.map((node) => node.name), built.parts.map((p) => p.name));
        const reading = await readGlbWithThree(built.files.glb);
        // three.js makes node names safe for animation paths (spaces become underscores) and
        // unique within the scene (a one-part model's node shares the scene's name: "_1" added).
        assert.equal(reading.sceneName, PropertyBinding.sanitizeNodeName(built.name));
        assert.equal(reading.meshes.length, built.parts.length);
        reading.meshes.forEach((mesh, i) => {
          const expected = PropertyBinding.sanitizeNodeName(built.parts[i]!.name);
          assert.ok(mesh.name === expected || mesh.name.startsWith(`${expected}_`), `node ${mesh.name} is ${expected}`);
        });
        const m = metresPer(unit);
        reading.meshes.forEach((mesh, i) => {
          assertClose(mesh.volume, built.parts[i]!.volume * m ** 3, VOLUME_TOLERANCE, `${mesh.name} volume (m³)`);
          assertBox(mesh.bbox, yUpMetres(built.parts[i]!.bbox, unit), slack * m, `${mesh.name} box (m, Y up)`);
        });
      });

      it("STEP: occt-import-js re-imports a named product per solid with the exact volume (mm)", async () => {
        const reading = await readStepIndependently(built.files.step);
        assert.deepEqual(reading.names, built.parts.map((p) => p.name));
        assertClose(reading.volume, built.volume * millimetresPer(unit) ** 3, 1e-4, "volume (mm³)");
      });
    });
  }
});
