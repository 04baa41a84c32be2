import type { WeldedPart } from "./weld.ts";

/**
 * The model's visible edges as line segments, taken from the mesh: a mesh edge is drawn where
 * two B-rep faces meet at a crease sharper than `creaseAngleRad`, or where the surface is open.
 * The tessellator gives every B-rep face its own vertices, so two triangles of one face share
 * source vertices and two triangles of different faces do not: that finds the B-rep edges
 * without a second pass over the kernel. The crease angle leaves out seams of periodic faces
 * and edges where faces meet tangentially (a fillet's borders), as a CAD viewer does.
 *
 * @param part A part welded by position (not by normal).
 * @returns x, y, z of both ends of each segment, in the mesh's unit.
 */
export function featureEdges(part: WeldedPart, creaseAngleRad: number): Float32Array {
  const { positions, indices, sourceIndices } = part;
  const triangleCount = indices.length / 3;
  const normals = triangleNormals(positions, indices);
  const cosCrease = Math.cos(creaseAngleRad);
  // welded edge (low, high) → the first triangle side seen on it: triangle * 3 + side
  const firstSide = new Map<number, number>();
  const usage = new Map<number, number>();
  const vertexCount = positions.length / 3;
  const segments: number[] = [];
  const keyOf = (a: number, b: number) => (a < b ? a * vertexCount + b : b * vertexCount + a);

  for (let t = 0; t < triangleCount; t++) {
    for (let side = 0; side < 3; side++) {
      const key = keyOf(indices[t * 3 + side]!, indices[t * 3 + ((side + 1) % 3)]!);
      usage.set(key, (usage.get(key) ?? 0) + 1);
      const other = firstSide.get(key);
      if (other === undefined) {
        firstSide.set(key, t * 3 + side);
        continue;
      }
      const u = Math.floor(other / 3);
      const sameFace = sameSourceEdge(sourceIndices, other, t * 3 + side);
      const cos = normals[u * 3]! * normals[t * 3]! + normals[u * 3 + 1]! * normals[t * 3 + 1]! + normals[u * 3 + 2]! * normals[t * 3 + 2]!;
      if (!sameFace && cos < cosCrease) pushSegment(segments, positions, indices, t * 3 + side);
    }
  }
  // Edges with one triangle only: the border of an open surface.
  for (const [key, side] of firstSide) if (usage.get(key) === 1) pushSegment(segments, positions, indices, side);
  return Float32Array.from(segments);
}

/** Do two triangle sides join the same two source vertices (so lie inside one B-rep face)? */
function sameSourceEdge(sourceIndices: Uint32Array, sideA: number, sideB: number): boolean {
  const at = (side: number, end: number) => sourceIndices[Math.floor(side / 3) * 3 + ((side % 3) + end) % 3]!;
  const a0 = at(sideA, 0), a1 = at(sideA, 1), b0 = at(sideB, 0), b1 = at(sideB, 1);
  return (a0 === b0 && a1 === b1) || (a0 === b1 && a1 === b0);
}

function pushSegment(segments: number[], positions: Float32Array, indices: Uint32Array, side: number): void {
  const t = Math.floor(side / 3);
  const a = indices[side]!;
  const b = indices[t * 3 + ((side % 3) + 1) % 3]!;
  segments.push(positions[a * 3]!, positions[a * 3 + 1]!, positions[a * 3 + 2]!, positions[b * 3]!, positions[b * 3 + 1]!, positions[b * 3 + 2]!);
}

/** Unit normal of each triangle (zero for a degenerate one). */
function triangleNormals(positions: Float32Array, indices: Uint32Array): Float64Array {
  const normals = new Float64Array(indices.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3, b = indices[t + 1]! * 3, c = indices[t + 2]! * 3;
    const ux = positions[b]! - positions[a]!, uy = positions[b + 1]! - positions[a + 1]!, uz = positions[b + 2]! - positions[a + 2]!;
    const vx = positions[c]! - positions[a]!, vy = positions[c + 1]! - positions[a + 1]!, vz = positions[c + 2]! - positions[a + 2]!;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const length = Math.hypot(nx, ny, nz) || 1;
    normals[t] = nx / length;
    normals[t + 1] = ny / length;
    normals[t + 2] = nz / length;
  }
  return normals;
}
