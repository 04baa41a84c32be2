import { PartforgeError } from "./errors.ts";
import type { Unit } from "./units.ts";

/** One solid (or assembly part) inside a `Mesh`: a contiguous run of triangles. */
export interface MeshPart {
  name: string;
  /** Index of the part's first triangle in `Mesh.indices` (triangle units, not index units). */
  firstTriangle: number;
  triangleCount: number;
  /** Optional sRGB colour, `#rrggbb`. */
  color?: string;
}

/**
 * The neutral triangle mesh every mesh exporter reads (STL, AMF, TJS, GLB, 3MF). Made once per
 * build and tolerance pair by the kernel's tessellator, so all formats of one build agree.
 * Coordinates are in the model's unit, Z up, triangles counter-clockwise seen from outside.
 */
export interface Mesh {
  unit: Unit;
  /** x, y, z per vertex. */
  positions: Float32Array;
  /**
   * Unit normal per vertex (x, y, z), from the exact surface. Absent when the mesh was made for
   * formats that write no normals (STL, AMF, 3MF); the shaded ones (GLB, TJS, PNG) need it.
   */
  normals?: Float32Array;
  /** Three vertex indices per triangle. */
  indices: Uint32Array;
  parts: MeshPart[];
}

/**
 * The mesh's vertex normals, for the formats that write or shade with them. A mesh made
 * without normals here is a programming error (the caller asked the tessellator for none).
 */
export function meshNormals(mesh: Mesh): Float32Array {
  if (mesh.normals === undefined) throw new PartforgeError("INTERNAL", "this mesh was made without vertex normals, which this format needs: tessellate it with normals");
  return mesh.normals;
}
