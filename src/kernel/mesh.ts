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

/** One part's triangles, vertices numbered from 0. */
interface PartTriangles {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/**
 * Meshes one shape with OCCT's BRepMesh (after dropping any cached triangulation, so the
 * result depends on the options alone) and copies the triangles out of kernel memory. The
 * triangulation BRepMesh stores on the faces is dropped again afterwards: faces can be shared
 * with later builds (the operation memo), and a stored mesh would change what they compute
 * (bounding boxes read it).
 * The extractor emits each face's own vertices, flips reversed and mirrored faces so every
 * triangle is counter-clockwise seen from outside, and takes normals from the exact surface.
 */
function meshShape(shape: AnyShape, tolerance: number, angularTolerance: number): PartTriangles {
  const oc = kernel();
  const raw = oc.ReplicadMeshExtractor.extract(shape.wrapped, tolerance, angularTolerance, false);
  try {
    // Read the heap only after meshing: meshing may grow (and so replace) the buffer.
    const buffer = oc.wasmMemory.buffer;
    return {
      positions: new Float32Array(buffer, raw.getVerticesPtr() >>> 0, raw.getVerticesSize()).slice(),
      normals: new Float32Array(buffer, raw.getNormalsPtr() >>> 0, raw.getNormalsSize()).slice(),
      indices: new Uint32Array(buffer, raw.getTrianglesPtr() >>> 0, raw.getTrianglesSize()).slice(),
    };
  } finally {
    raw.delete();
    oc.BRepTools.Clean(shape.wrapped, true);
  }
}

function samePosition(positions: Float32Array, a: number, b: number): boolean {
  return positions[a * 3] === positions[b * 3]
    && positions[a * 3 + 1] === positions[b * 3 + 1]
    && positions[a * 3 + 2] === positions[b * 3 + 2];
}

/**
 * Copies `part`'s triangles into `indices` at `at`, renumbered by `vertexOffset`, leaving out
 * those with two corners at the same position (BRepMesh makes them at poles and on degenerate
 * edges): they have no area, and welded they would give an edge used by a single triangle.
 * Returns the new end of `indices`.
 */
function appendProperTriangles(part: PartTriangles, vertexOffset: number, indices: Uint32Array, at: number): number {
  const { positions, indices: source } = part;
  let end = at;
  for (let t = 0; t < source.length; t += 3) {
    const a = source[t]!;
    const b = source[t + 1]!;
    const c = source[t + 2]!;
    if (samePosition(positions, a, b) || samePosition(positions, b, c) || samePosition(positions, c, a)) continue;
    indices[end++] = a + vertexOffset;
    indices[end++] = b + vertexOffset;
    indices[end++] = c + vertexOffset;
  }
  return end;
}

/**
 * Tessellates the parts of a build into one neutral `Mesh`, one `MeshPart` per input part in
 * input order. Deterministic: the same shapes and options give identical arrays. Vertices are
 * not shared between faces; welding them by exact position gives a closed mesh for closed solids.
 *
 * @example tessellate([{ name: "block", shape }], { unit: "mm", tolerance: DEFAULT_TOLERANCE, angularTolerance: DEFAULT_ANGULAR_TOLERANCE })
 */
export function tessellate(parts: readonly ExportPart[], options: TessellateOptions): Mesh {
  checkPositive(options.tolerance, "tolerance");
  checkPositive(options.angularTolerance, "angularTolerance");
  parts.forEach(checkPartColor);

  const meshed = parts.map((part) =>
    withKernel(`meshing part "${part.name}"`, () => meshShape(part.shape, options.tolerance, options.angularTolerance)));

  const vertexCount = meshed.reduce((sum, part) => sum + part.positions.length / 3, 0);
  const indexCapacity = meshed.reduce((sum, part) => sum + part.indices.length, 0);
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCapacity);
  const meshParts: MeshPart[] = [];

  let vertexOffset = 0;
  let indexCount = 0;
  meshed.forEach((part, i) => {
    positions.set(part.positions, vertexOffset * 3);
    normals.set(part.normals, vertexOffset * 3);
    const firstIndex = indexCount;
    indexCount = appendProperTriangles(part, vertexOffset, indices, indexCount);
    const meshPart: MeshPart = {
      name: parts[i]!.name,
      firstTriangle: firstIndex / 3,
      triangleCount: (indexCount - firstIndex) / 3,
    };
    const color = parts[i]!.color;
    if (color !== undefined) meshPart.color = color.toLowerCase();
    meshParts.push(meshPart);
    vertexOffset += part.positions.length / 3;
  });

  return { unit: options.unit, positions, normals, indices: indices.slice(0, indexCount), parts: meshParts };
}
