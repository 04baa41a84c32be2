import { meshNormals, type Mesh, type MeshPart } from "../shared/mesh.ts";

/**
 * One part of a `Mesh` with its own vertex list, corners shared: what the indexed formats
 * (AMF, 3MF, TJS, GLB) write per object. Vertices are numbered in order of first use, so the
 * same mesh always welds to the same arrays.
 */
export interface WeldedPart {
  name: string;
  color?: string;
  positions: Float32Array;
  /** Only when welded with `keepNormals`: then a vertex is a position *and* a normal. */
  normals?: Float32Array;
  indices: Uint32Array;
  /**
   * For each welded triangle corner pair: the source vertex index of each corner in the
   * unwelded mesh, three per triangle. The tessellator gives each B-rep face its own vertices,
   * so two triangles share source vertices only inside one face (see `featureEdges`).
   */
  sourceIndices: Uint32Array;
}

export interface WeldOptions {
  /**
   * Weld only corners with equal position *and* normal, so sharp edges keep one normal per side
   * (for shaded formats). Default false: weld by position alone (closed, manifold meshes for
   * AMF and 3MF).
   */
  keepNormals?: boolean;
}

const EMPTY_SLOT = 0xffffffff;

/** 32-bit FNV-1a over the given words. */
function hashWords(words: Uint32Array, from: number, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < from + count; i++) {
    const word = words[i]!;
    hash = Math.imul(hash ^ (word & 0xff), 0x01000193);
    hash = Math.imul(hash ^ ((word >>> 8) & 0xff), 0x01000193);
    hash = Math.imul(hash ^ ((word >>> 16) & 0xff), 0x01000193);
    hash = Math.imul(hash ^ (word >>> 24), 0x01000193);
  }
  return hash >>> 0;
}

/** Vertex attributes as one float32 record per vertex (-0 turned into 0, so both weld together). */
function vertexRecords(mesh: Mesh, keepNormals: boolean): { records: Float32Array; width: number } {
  const width = keepNormals ? 6 : 3;
  const count = mesh.positions.length / 3;
  const records = new Float32Array(count * width);
  const normals = keepNormals ? meshNormals(mesh) : undefined;
  for (let v = 0; v < count; v++) {
    for (let k = 0; k < 3; k++) records[v * width + k] = mesh.positions[v * 3 + k]! + 0;
    if (normals !== undefined) for (let k = 0; k < 3; k++) records[v * width + 3 + k] = normals[v * 3 + k]! + 0;
  }
  return { records, width };
}

function weldPart(mesh: Mesh, part: MeshPart, records: Float32Array, width: number, keepNormals: boolean): WeldedPart {
  const words = new Uint32Array(records.buffer);
  const firstIndex = part.firstTriangle * 3;
  const cornerCount = part.triangleCount * 3;
  // Open addressing, at most half full: slot → welded vertex.
  let capacity = 16;
  while (capacity < cornerCount * 2) capacity *= 2;
  const table = new Uint32Array(capacity).fill(EMPTY_SLOT);
  const firstSource: number[] = [];
  const indices = new Uint32Array(cornerCount);
  const sourceIndices = mesh.indices.slice(firstIndex, firstIndex + cornerCount);

  const sameRecord = (a: number, b: number): boolean => {
    for (let k = 0; k < width; k++) if (words[a * width + k] !== words[b * width + k]) return false;
    return true;
  };
  for (let corner = 0; corner < cornerCount; corner++) {
    const source = sourceIndices[corner]!;
    let slot = hashWords(words, source * width, width) & (capacity - 1);
    for (;;) {
      const welded = table[slot]!;
      if (welded === EMPTY_SLOT) {
        table[slot] = firstSource.length;
        indices[corner] = firstSource.length;
        firstSource.push(source);
        break;
      }
      if (sameRecord(firstSource[welded]!, source)) {
        indices[corner] = welded;
        break;
      }
      slot = (slot + 1) & (capacity - 1);
    }
  }

  const positions = new Float32Array(firstSource.length * 3);
  const normals = keepNormals ? new Float32Array(firstSource.length * 3) : undefined;
  firstSource.forEach((source, v) => {
    for (let k = 0; k < 3; k++) positions[v * 3 + k] = records[source * width + k]!;
    if (normals) for (let k = 0; k < 3; k++) normals[v * 3 + k] = records[source * width + 3 + k]!;
  });
  const welded: WeldedPart = { name: part.name, positions, indices, sourceIndices };
  if (normals) welded.normals = normals;
  if (part.color !== undefined) welded.color = part.color;
  return welded;
}

/**
 * Each part of `mesh` with shared corners: vertices at exactly the same float32 position (and
 * normal, with `keepNormals`) become one. The tessellator's closed solids weld to closed meshes.
 *
 * @example weldParts(mesh).map((part) => part.positions.length / 3) // vertex count per part
 */
export function weldParts(mesh: Mesh, options: WeldOptions = {}): WeldedPart[] {
  const keepNormals = options.keepNormals === true;
  const { records, width } = vertexRecords(mesh, keepNormals);
  return mesh.parts.map((part) => weldPart(mesh, part, records, width, keepNormals));
}
