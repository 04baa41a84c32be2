/**
 * Parts → bytes in each output format, with one tessellation per build and tolerance pair:
 * every mesh format of a build is written from the same `Mesh` (so an STL and a GLB of one
 * build have the same triangles), and the mesh is checked against the triangle limit before
 * any format is written.
 *
 * Exporting has two halves. `prepareExport` does the kernel's part (meshing, or writing STEP)
 * while the build's shapes are alive, synchronously, under the build's time limit. `finishExport`
 * turns a mesh into bytes from plain data (it may be asynchronous: the GLB writer is).
 */
import { tessellate, type ExportPart } from "../kernel/index.ts";
import { EXPORT_FORMATS, exportAmf, exportGlb, exportPng, exportStl, exportThreeMf, exportTjs, needsNormals, type ExportFormat } from "../exporters/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import type { Mesh } from "../shared/mesh.ts";
import type { Unit } from "../shared/units.ts";
import { exportExact, type ExactFormat } from "./exportExact.ts";
import { checkTriangleCount, MESH_TRIANGLE_LIMIT, predictedTriangleCount, PROBE_OPTIONS, triangleLimitExceeded, type ExportOptions } from "./exportOptions.ts";
import { checkOutputOptions, DEFAULT_PICTURE_SIZE } from "./outputOptions.ts";

/** What `prepareExport` leaves for `finishExport`: plain data, no kernel objects. */
export type PreparedExport =
  | { format: ExportFormat; bytes: Uint8Array }
  | { format: MeshFormat; mesh: Mesh; options: ExportOptions; name: string };

/** The formats written from the tessellated mesh. */
export type MeshFormat = Exclude<ExportFormat, ExactFormat>;

function isMeshFormat(format: ExportFormat): format is MeshFormat {
  return EXPORT_FORMATS[format].source === "mesh";
}

/**
 * The meshes of one build's parts, one per tolerance pair, made on first use: asking for
 * several mesh formats tessellates once. With `normals` false (for a build that writes only
 * formats without normals: STL, AMF, 3MF) the meshes carry no vertex normals.
 */
export class BuildMeshes {
  private readonly meshes = new Map<string, Mesh>();

  constructor(private readonly parts: readonly ExportPart[], private readonly unit: Unit, readonly normals = true) {}

  /** How many tessellations were made (a probe for a fine request counts too). */
  get tessellationCount(): number {
    return this.meshes.size;
  }

  /** The mesh for `options`' tolerances; a 400 MESH_LIMIT when it would exceed the triangle limit. */
  meshFor(options: Pick<ExportOptions, "tolerance" | "angularTolerance">): Mesh {
    const key = `${options.tolerance}/${options.angularTolerance}`;
    let mesh = this.meshes.get(key);
    if (mesh === undefined) {
      mesh = this.tessellateWithinLimit(options);
      this.meshes.set(key, mesh);
    }
    return mesh;
  }

  /**
   * Finer-than-default tolerances are first tried on a coarse mesh at the default ones: if its
   * triangle count, scaled by how much finer the request is, is far over the limit, the request
   * is refused before the kernel spends memory and time on the fine mesh.
   */
  private tessellateWithinLimit(options: Pick<ExportOptions, "tolerance" | "angularTolerance">): Mesh {
    const tolerances = { tolerance: options.tolerance, angularTolerance: options.angularTolerance };
    if (options.tolerance < PROBE_OPTIONS.tolerance || options.angularTolerance < PROBE_OPTIONS.angularTolerance) {
      const probe = this.meshFor({
        tolerance: Math.max(options.tolerance, PROBE_OPTIONS.tolerance),
        angularTolerance: Math.max(options.angularTolerance, PROBE_OPTIONS.angularTolerance),
      });
      checkTriangleCount(predictedTriangleCount(probe.indices.length / 3, tolerances), tolerances, { predicted: true });
    }
    const limit = { triangles: MESH_TRIANGLE_LIMIT, exceeded: (atLeast: number): never => triangleLimitExceeded(atLeast, tolerances, { partial: true }) };
    const mesh = tessellate(this.parts, { unit: this.unit, ...tolerances, normals: this.normals, limit });
    checkTriangleCount(mesh.indices.length / 3, tolerances, { predicted: false });
    return mesh;
  }
}

/**
 * The kernel half of an export of `parts` in `format`. Pass one `BuildMeshes` to several calls
 * to share the mesh between formats (made with normals if any of them needs them); by default
 * the mesh has normals only when `format` needs them.
 */
export function prepareExport(
  parts: readonly ExportPart[],
  format: ExportFormat,
  unit: Unit,
  options: ExportOptions,
  name: string,
  meshes: BuildMeshes = new BuildMeshes(parts, unit, needsNormals(format)),
): PreparedExport {
  if (!isMeshFormat(format)) return { format, bytes: exportExact(parts, format, unit, options, name) };
  checkOutputOptions(format, options.output ?? {});
  if (needsNormals(format) && !meshes.normals) throw new PartforgeError("INTERNAL", `${format} needs a mesh with vertex normals; these meshes were made without`);
  return { format, mesh: meshes.meshFor(options), options, name };
}

/** The bytes of a prepared export. */
export async function finishExport(prepared: PreparedExport): Promise<Uint8Array> {
  if ("bytes" in prepared) return prepared.bytes;
  const { mesh, name, options } = prepared;
  switch (prepared.format) {
    case "stl":
      return exportStl(mesh, { ascii: options.ascii, name });
    case "amf":
      return exportAmf(mesh, { name });
    case "tjs":
      return exportTjs(mesh, { name });
    case "glb":
      return exportGlb(mesh, { name });
    case "3mf":
      return exportThreeMf(mesh, { name });
    case "png": {
      const output = options.output ?? {};
      return exportPng(mesh, {
        view: output.view ?? "iso",
        width: output.width ?? DEFAULT_PICTURE_SIZE.width,
        height: output.height ?? DEFAULT_PICTURE_SIZE.height,
        background: output.background ?? "#ffffff",
        transparent: output.transparent ?? false,
      });
    }
  }
}

/** The bytes of `parts` in `format`: `prepareExport` then `finishExport`. */
export async function exportParts(parts: readonly ExportPart[], format: ExportFormat, unit: Unit, options: ExportOptions, name: string): Promise<Uint8Array> {
  return finishExport(prepareExport(parts, format, unit, options, name));
}
