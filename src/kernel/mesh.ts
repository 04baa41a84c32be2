import type { AnyShape } from "replicad";
import { PartforgeError } from "../shared/errors.ts";
import type { Mesh, MeshPart } from "../shared/mesh.ts";
import type { Unit } from "../shared/units.ts";
import { withKernel } from "./kernelError.ts";
import { kernel } from "./load.ts";

/** CadQuery's default linear deflection for mesh exports, in model units. */
export const DEFAULT_TOLERANCE = 0.1;

/** CadQuery's default angular deflection for mesh exports, in radians. */
export const DEFAULT_ANGULAR_TOLERANCE = 0.1;

/** One named solid (or compound) to export; `color` is sRGB `#rrggbb`. */
export interface ExportPart {
  name: string;
  shape: AnyShape;
  color?: string;
}

export interface TessellateOptions {
  unit: Unit;
  /** Maximum distance between the mesh and the true surface, in model units. */
  tolerance: number;
  /** Maximum angle between the normals of adjacent triangles, in radians. */
  angularTolerance: number;
  /**
   * Vertex normals from the exact surface; default true. Formats that write none (STL, AMF,
   * 3MF) pass false and save one surface evaluation per vertex; the triangles are the same.
   */
  normals?: boolean;
  /**
   * Stop as soon as the parts meshed so far hold more than `triangles` triangles (counted as the
   * mesh will keep them) and call `exceeded` with that count, which must throw: a model of many
   * parts over the limit is refused after the part that crosses it, not after meshing them all.
   */
  limit?: { triangles: number; exceeded(atLeast: number): never };
}

const COLOR_PATTERN = /^#[0-9a-f]{6}$/i;

/** Rejects a colour that is not `#rrggbb`, naming the part. */
export function checkPartColor(part: ExportPart): void {
  if (part.color !== undefined && !COLOR_PATTERN.test(part.color)) {
    throw new PartforgeError("INVALID_RESULT", `part "${part.name}" has colour "${part.color}"; expected #rrggbb`);
  }
}

function checkPositive(value: number, name: "tolerance" | "angularTolerance"): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new PartforgeError("USAGE", `${name} must be a positive number, got ${value}`, { param: name });
  }
}

/**
 * One part's triangles as BRepMesh left them, still in kernel memory: vertices numbered from 0.
 * `delete()` frees them.
 */
interface KernelTriangles {
  readonly vertexCount: number;
  readonly indexCount: number;
  /** Copies the part into the build's arrays (see `copyPart`); valid until `delete()`. */
  views(): { positions: Float32Array; normals: Float32Array | undefined; indices: Uint32Array };
  delete(): void;
}

/**
 * Meshes one shape with OCCT's BRepMesh (after dropping any cached triangulation, so the
 * result depends on the options alone). The triangulation BRepMesh stores on the faces is
 * dropped again afterwards: faces can be shared with later builds (the operation memo), and a
 * stored mesh would change what they compute (bounding boxes read it).
 * The extractor emits each face's own vertices, flips reversed and mirrored faces so every
 * triangle is counter-clockwise seen from outside, and, unless `normals` is false, takes
 * normals from the exact surface (one surface evaluation per vertex: formats that do not
 * write normals skip it).
 */
function meshShape(shape: AnyShape, tolerance: number, angularTolerance: number, normals: boolean): KernelTriangles {
  const oc = kernel();
  const raw = oc.ReplicadMeshExtractor.extract(shape.wrapped, tolerance, angularTolerance, !normals);
  oc.BRepTools.Clean(shape.wrapped, true);
  return {
    vertexCount: raw.getVerticesSize() / 3,
    indexCount: raw.getTrianglesSize(),
    // Views are made when asked, after every part is meshed: meshing may grow (and so replace)
    // the kernel's memory buffer, which detaches views made before.
    views: () => {
      const buffer = oc.wasmMemory.buffer;
      return {
        positions: new Float32Array(buffer, raw.getVerticesPtr() >>> 0, raw.getVerticesSize()),
        normals: normals ? new Float32Array(buffer, raw.getNormalsPtr() >>> 0, raw.getNormalsSize()) : undefined,
        indices: new Uint32Array(buffer, raw.getTrianglesPtr() >>> 0, raw.getTrianglesSize()),
      };
    },
    delete: () => raw.delete(),
  };
}

/**
 * Copies one part from kernel memory into the build's arrays at `vertexOffset` (one copy: no
 * intermediate per-part arrays) and its triangles into `indices` at `at`, renumbered by
 * `vertexOffset`, leaving out those with two corners at the same position (BRepMesh makes them
 * at poles and on degenerate edges): they have no area, and welded they would give an edge used
 * by a single triangle. Returns the new end of `indices`.
 */
function copyPart(part: KernelTriangles, target: { positions: Float32Array; normals: Float32Array | undefined; indices: Uint32Array }, vertexOffset: number, at: number): number {
  const source = part.views();
  const positions = target.positions;
  positions.set(source.positions, vertexOffset * 3);
  if (target.normals !== undefined && source.normals !== undefined) target.normals.set(source.normals, vertexOffset * 3);
  const sourceIndices = source.indices;
  const indices = target.indices;
  let end = at;
  for (let t = 0; t < sourceIndices.length; t += 3) {
    const a = sourceIndices[t]! + vertexOffset;
    const b = sourceIndices[t + 1]! + vertexOffset;
    const c = sourceIndices[t + 2]! + vertexOffset;
    const ax = positions[a * 3]!, ay = positions[a * 3 + 1]!, az = positions[a * 3 + 2]!;
    const bx = positions[b * 3]!, by = positions[b * 3 + 1]!, bz = positions[b * 3 + 2]!;
    const cx = positions[c * 3]!, cy = positions[c * 3 + 1]!, cz = positions[c * 3 + 2]!;
    if ((ax === bx && ay === by && az === bz) || (bx === cx && by === cy && bz === cz) || (cx === ax && cy === ay && cz === az)) continue;
    indices[end++] = a;
    indices[end++] = b;
    indices[end++] = c;
  }
  return end;
}

/** How many of a part's triangles `copyPart` keeps: those without two corners at the same position. */
function keptTriangleCount(part: KernelTriangles): number {
  const { positions, indices } = part.views();
  let kept = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3, b = indices[t + 1]! * 3, c = indices[t + 2]! * 3;
    const ab = positions[a] === positions[b] && positions[a + 1] === positions[b + 1] && positions[a + 2] === positions[b + 2];
    const bc = positions[b] === positions[c] && positions[b + 1] === positions[c + 1] && positions[b + 2] === positions[c + 2];
    const ca = positions[c] === positions[a] && positions[c + 1] === positions[a + 1] && positions[c + 2] === positions[a + 2];
    if (!ab && !bc && !ca) kept += 1;
  }
  return kept;
}

/**
 * Tessellates the parts of a build into one neutral `Mesh`, one `MeshPart` per input part in
 * input order. Deterministic: the same shapes and options give identical arrays (with or without
 * normals, the same positions and indices). Vertices are not shared between faces; welding them
 * by exact position gives a closed mesh for closed solids.
 *
 * @example tessellate([{ name: "block", shape }], { unit: "mm", tolerance: DEFAULT_TOLERANCE, angularTolerance: DEFAULT_ANGULAR_TOLERANCE })
 */
export function tessellate(parts: readonly ExportPart[], options: TessellateOptions): Mesh {
  checkPositive(options.tolerance, "tolerance");
  checkPositive(options.angularTolerance, "angularTolerance");
  parts.forEach(checkPartColor);

  const withNormals = options.normals !== false;
  const meshed: KernelTriangles[] = [];
  try {
    // BRepMesh's count is an upper bound of the kept one: the kept triangles are counted only
    // once it passes the limit (from then on for every part), so a mesh within it costs nothing more.
    let made = 0;
    let kept: number | undefined;
    for (const part of parts) {
      const one = withKernel(`meshing part "${part.name}"`, () => meshShape(part.shape, options.tolerance, options.angularTolerance, withNormals));
      meshed.push(one);
      if (options.limit === undefined) continue;
      made += one.indexCount / 3;
      if (made <= options.limit.triangles) continue;
      kept = kept === undefined ? meshed.reduce((sum, earlier) => sum + keptTriangleCount(earlier), 0) : kept + keptTriangleCount(one);
      if (kept > options.limit.triangles) options.limit.exceeded(kept);
    }
    const vertexCount = meshed.reduce((sum, part) => sum + part.vertexCount, 0);
    const indexCapacity = meshed.reduce((sum, part) => sum + part.indexCount, 0);
    const target = {
      positions: new Float32Array(vertexCount * 3),
      normals: withNormals ? new Float32Array(vertexCount * 3) : undefined,
      indices: new Uint32Array(indexCapacity),
    };
    const meshParts: MeshPart[] = [];
    let vertexOffset = 0;
    let indexCount = 0;
    meshed.forEach((part, i) => {
      const firstIndex = indexCount;
      indexCount = copyPart(part, target, vertexOffset, indexCount);
      const meshPart: MeshPart = {
        name: parts[i]!.name,
        firstTriangle: firstIndex / 3,
        triangleCount: (indexCount - firstIndex) / 3,
      };
      const color = parts[i]!.color;
      if (color !== undefined) meshPart.color = color.toLowerCase();
      meshParts.push(meshPart);
      vertexOffset += part.vertexCount;
    });
    const indices = indexCount === indexCapacity ? target.indices : target.indices.slice(0, indexCount);
    const mesh: Mesh = { unit: options.unit, positions: target.positions, indices, parts: meshParts };
    if (target.normals !== undefined) mesh.normals = target.normals;
    return mesh;
  } finally {
    for (const part of meshed) part.delete();
  }
}
