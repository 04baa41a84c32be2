import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { makeSphere } from "replicad";
import { BuildMeshes, exportParts, loadScript, MESH_TRIANGLE_LIMIT, prepareExport, resolveExportOptions, resultParts } from "../../src/build/index.ts";
import { checkTriangleCount, triangleLimitExceeded } from "../../src/build/exportOptions.ts";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import { exportFormats, exportGlb, exportStl, FILE_EXTENSIONS, MEDIA_TYPES, needsNormals, parseExportFormat, type ExportFormat } from "../../src/exporters/index.ts";
import { DEFAULT_ANGULAR_TOLERANCE, DEFAULT_TOLERANCE, loadKernel, tessellate, withScope, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues } from "../../src/modelscript/index.ts";
import { isPartforgeError } from "../../src/shared/errors.ts";
import { meshNormals } from "../../src/shared/mesh.ts";
import { boxWithHole } from "../helpers/shapes.ts";

const SCRIPT = `export const UOM = "in";
export const METADATA = { name: "Pair" };
export function build() { return [Workplane("XY").box(1, 2, 3), Workplane("XY").sphere(1).translate([4, 0, 0])]; }
`;

const isMeshLimit = (param: string) => (error: unknown) =>
  isPartforgeError(error) && error.code === "MESH_LIMIT" && error.httpStatus === 400 && error.param === param && new RegExp(`raise ${param}`).test(error.message);

describe("export formats", () => {
  it("gives AMF, TJS, GLB and 3MF the media types of SPEC section 2", () => {
    assert.deepEqual(exportFormats(), ["stl", "step", "amf", "tjs", "glb", "3mf", "brep", "props", "svg", "dxf", "png"]);
    assert.deepEqual(
      { amf: MEDIA_TYPES.amf, tjs: MEDIA_TYPES.tjs, glb: MEDIA_TYPES.glb, "3mf": MEDIA_TYPES["3mf"] },
      { amf: "application/x-amf", tjs: "application/json", glb: "model/gltf-binary", "3mf": "model/3mf" },
    );
    assert.deepEqual([FILE_EXTENSIONS.amf, FILE_EXTENSIONS.tjs, FILE_EXTENSIONS.glb, FILE_EXTENSIONS["3mf"]], [".amf", ".json", ".glb", ".3mf"]);
    assert.equal(parseExportFormat("3MF"), "3mf");
    assert.equal(parseExportFormat("Glb"), "glb");
  });
});

describe("one mesh per build, within bounds", () => {
  before(() => loadKernel());

  it("tessellates once for every mesh format of a build at one tolerance pair", () => withScope(() => {
    const parts = [{ name: "bored", shape: boxWithHole() }];
    const meshes = new BuildMeshes(parts, "mm");
    const options = resolveExportOptions({});
    const first = meshes.meshFor(options);
    for (let i = 0; i < 4; i++) assert.equal(meshes.meshFor(options), first);
    assert.equal(meshes.tessellationCount, 1);
    meshes.meshFor(resolveExportOptions({ tolerance: 0.5 }));
    assert.equal(meshes.tessellationCount, 2);
  }));

  it("meshes without normals only for formats that write none, with the same triangles and STL bytes", () => withScope(() => {
    assert.deepEqual(exportFormats().filter(needsNormals), ["tjs", "glb", "png"]);
    const parts = [{ name: "bored", shape: boxWithHole() }];
    const options = resolveExportOptions({});
    const prepared = (format: ExportFormat) => {
      const half = prepareExport(parts, format, "mm", options, "bored");
      assert.ok("mesh" in half);
      return half.mesh;
    };
    for (const format of ["stl", "amf", "3mf"] as const) assert.equal(prepared(format).normals, undefined, format);
    for (const format of ["tjs", "glb", "png"] as const) assert.ok(prepared(format).normals !== undefined, format);
    const without = prepared("stl");
    const withNormals = prepared("glb");
    assert.deepEqual(without.positions, withNormals.positions);
    assert.deepEqual(without.indices, withNormals.indices);
    assert.deepEqual(exportStl(without, { name: "bored" }), exportStl(withNormals, { name: "bored" }));
  }));

  it("refuses to write a shaded format from meshes made without normals, as INTERNAL (a caller's mistake)", () => withScopeAsync(async () => {
    const parts = [{ name: "bored", shape: boxWithHole() }];
    const options = resolveExportOptions({});
    const meshes = new BuildMeshes(parts, "mm", false);
    const isInternal = (error: unknown) => isPartforgeError(error) && error.code === "INTERNAL" && /normals/.test(error.message);
    assert.throws(() => prepareExport(parts, "glb", "mm", options, "bored", meshes), isInternal);
    const mesh = meshes.meshFor(options);
    assert.throws(() => meshNormals(mesh), isInternal);
    await assert.rejects(exportGlb(mesh, { name: "bored" }), isInternal);
  }));

  it("gives the same mesh for a fine request whether or not a coarse probe mesh was made first", () => withScope(() => {
    const parts = [{ name: "bored", shape: boxWithHole() }];
    const fine = resolveExportOptions({ tolerance: 0.02, angularTolerance: 0.05 });
    const probed = new BuildMeshes(parts, "mm").meshFor(fine);
    const direct = new BuildMeshes(parts, "mm");
    assert.ok(probed.indices.length > 0);
    assert.deepEqual(direct.meshFor(fine).positions, probed.positions);
    assert.deepEqual(direct.meshFor(fine).indices, probed.indices);
  }));

  it("refuses a mesh far over the triangle limit with 400 MESH_LIMIT before meshing it, naming the tolerance to raise", () => withScope(() => {
    const parts = [{ name: "ball", shape: makeSphere(500) }];
    const meshes = new BuildMeshes(parts, "mm");
    assert.throws(() => meshes.meshFor(resolveExportOptions({ tolerance: 0.001 })), isMeshLimit("tolerance"));
    assert.throws(() => meshes.meshFor(resolveExportOptions({ angularTolerance: 0.01 })), isMeshLimit("angularTolerance"));
    // Only the probe at the default tolerances was meshed.
    assert.equal(meshes.tessellationCount, 1);
  }));

  it("stops meshing at the part that takes the mesh over its limit, counting only the triangles it keeps", () => withScope(() => {
    const tolerances = { unit: "mm" as const, tolerance: DEFAULT_TOLERANCE, angularTolerance: DEFAULT_ANGULAR_TOLERANCE };
    // A sphere's mesh has degenerate triangles at its poles, which the mesh leaves out.
    const one = tessellate([{ name: "ball", shape: makeSphere(5) }], tolerances).indices.length / 3;
    const parts = Array.from({ length: 10 }, (_, i) => ({ name: `ball ${i}`, shape: makeSphere(5).translate([20 * i, 0, 0]) }));
    const whole = tessellate(parts, tolerances).indices.length / 3;
    assert.equal(whole, 10 * one);
    const seen: number[] = [];
    const stop = (atLeast: number): never => {
      seen.push(atLeast);
      throw new Error("over");
    };
    // The limit between 3 and 4 spheres' triangles: the 4th sphere crosses it, the other 6 are never meshed.
    assert.throws(() => tessellate(parts, { ...tolerances, limit: { triangles: 3 * one + 1, exceeded: stop } }), /over/);
    assert.deepEqual(seen, [4 * one]);
    // At or within the limit, nothing stops it and the mesh is the same.
    const within = tessellate(parts, { ...tolerances, limit: { triangles: whole, exceeded: stop } });
    assert.equal(within.indices.length / 3, whole);
    assert.deepEqual(seen, [4 * one]);
  }));

  it("says a mesh stopped part-way has at least that many triangles, naming the tolerance to raise", () => {
    assert.throws(() => triangleLimitExceeded(1_200_000, resolveExportOptions({}), { partial: true }), (error: unknown) => isMeshLimit("tolerance")(error) && /would have at least 1200000 triangles/.test((error as Error).message));
  });

  it("refuses a mesh over the documented limit and accepts one at it", () => {
    const defaults = resolveExportOptions({});
    assert.doesNotThrow(() => checkTriangleCount(MESH_TRIANGLE_LIMIT, defaults, { predicted: false }));
    assert.throws(() => checkTriangleCount(MESH_TRIANGLE_LIMIT + 1, defaults, { predicted: false }), isMeshLimit("tolerance"));
    assert.throws(
      () => checkTriangleCount(MESH_TRIANGLE_LIMIT + 1, resolveExportOptions({ angularTolerance: 0.02 }), { predicted: false }),
      isMeshLimit("angularTolerance"),
    );
  });

  it("rejects tolerances outside their documented bounds with 400 naming the value", () => {
    assert.throws(() => resolveExportOptions({ tolerance: 0.0001 }), (e: unknown) => isPartforgeError(e) && e.httpStatus === 400 && e.param === "tolerance");
    assert.throws(() => resolveExportOptions({ angularTolerance: 2 }), (e: unknown) => isPartforgeError(e) && e.httpStatus === 400 && e.param === "angularTolerance");
  });
});

describe("every format through the sandboxed pool", () => {
  let pool: BuildPool;
  before(async () => {
    await loadKernel();
    pool = await createBuildPool({ size: 1, spare: 0, maxQueue: 8, timeoutMs: 60_000, warmupBuilds: 0, log: () => undefined });
  });
  after(() => pool.close());

  it("builds each format in a slot with the same bytes as in-process", async () => {
    for (const type of exportFormats()) {
      const result = await pool.build({ source: SCRIPT, language: "ts", type });
      assert.ok(result.ok, `${type}: ${JSON.stringify(!result.ok && result.error)}`);
      assert.equal(result.mediaType, MEDIA_TYPES[type]);
      assert.equal(result.fileName, `Pair${FILE_EXTENSIONS[type]}`);
      if (type !== "step") assert.ok(Buffer.from(result.bytes).equals(Buffer.from(await inProcess(type))), `${type} differs from the in-process export`);
    }
  });

  it("carries out_* options into the slot and the cache key: two views, two drawings; a bad view refused", async () => {
    const drawing = async (view: "top" | "front") => {
      const result = await pool.build({ source: SCRIPT, language: "ts", type: "svg", options: { output: { view } } });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
      return new TextDecoder().decode(result.bytes);
    };
    const top = await drawing("top");
    const front = await drawing("front");
    assert.match(top, /top view/);
    assert.match(front, /front view/);
    assert.equal(await drawing("top"), top);
    const png = await pool.build({ source: SCRIPT, language: "ts", type: "png", options: { output: { width: 40, height: 30, transparent: true } } });
    assert.ok(png.ok);
    assert.equal(Buffer.from(png.bytes).readUInt32BE(16), 40);
    const wrong = await pool.build({ source: SCRIPT, language: "ts", type: "stl", options: { output: { view: "top" } } });
    assert.equal(wrong.ok, false);
    if (!wrong.ok) assert.match(wrong.error.message, /out_view does not apply to type=STL/);
  });

  it("answers a too-fine request with MESH_LIMIT", async () => {
    const result = await pool.build({ source: `export function build() { return Workplane("XY").sphere(800); }`, language: "js", type: "glb", options: { tolerance: 0.001 } });
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, "MESH_LIMIT");
  });
});

/** The same script exported in this process (no pool). */
async function inProcess(type: ExportFormat): Promise<Uint8Array> {
  const loaded = await loadScript(SCRIPT, "ts");
  return withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), loaded.metadata.name);
    return exportParts(parts, type, loaded.uom, resolveExportOptions({}), loaded.metadata.name);
  });
}
