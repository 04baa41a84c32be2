/**
 * Pure checks over indexed triangle soups, shared by the tessellation tests and the STL readers.
 * They trust nothing the mesh claims about itself: closedness and orientation are recomputed
 * from the positions alone.
 */

export type Vec3 = [number, number, number];

export interface Box3 {
  min: Vec3;
  max: Vec3;
}

/** The volume enclosed by the triangles (divergence theorem): positive when they wind outwards. */
export function signedVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let sixTimesVolume = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const [ax, ay, az] = [positions[a]!, positions[a + 1]!, positions[a + 2]!];
    const [bx, by, bz] = [positions[b]!, positions[b + 1]!, positions[b + 2]!];
    const [cx, cy, cz] = [positions[c]!, positions[c + 1]!, positions[c + 2]!];
    sixTimesVolume += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return sixTimesVolume / 6;
}

/** The box around every vertex that some triangle uses. */
export function boundingBox(positions: ArrayLike<number>, indices: ArrayLike<number>): Box3 {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]! * 3;
    for (let axis = 0; axis < 3; axis++) {
      min[axis] = Math.min(min[axis]!, positions[v + axis]!);
      max[axis] = Math.max(max[axis]!, positions[v + axis]!);
    }
  }
  return { min, max };
}

export interface ClosednessReport {
  /** Every welded edge is used by exactly two triangles, once in each direction. */
  isClosed: boolean;
  /** Distinct positions after welding. */
  weldedVertices: number;
  /** Triangles with two corners at the same position (they contribute no edge). */
  degenerateTriangles: number;
  /** Directed edges that occur other than exactly once with their reverse present once. */
  badEdges: number;
}

/**
 * Welds vertices by exactly equal coordinates and checks that the surface is closed and
 * consistently oriented: each directed edge a→b occurs once and its reverse b→a once.
 */
export function checkClosed(positions: ArrayLike<number>, indices: ArrayLike<number>): ClosednessReport {
  const idByPosition = new Map<string, number>();
  const welded = (vertex: number): number => {
    const key = `${positions[vertex * 3]},${positions[vertex * 3 + 1]},${positions[vertex * 3 + 2]}`;
    let id = idByPosition.get(key);
    if (id === undefined) {
      id = idByPosition.size;
      idByPosition.set(key, id);
    }
    return id;
  };
  const directed = new Map<string, number>();
  let degenerateTriangles = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const corners = [welded(indices[t]!), welded(indices[t + 1]!), welded(indices[t + 2]!)];
    if (new Set(corners).size < 3) {
      degenerateTriangles++;
      continue;
    }
    for (let k = 0; k < 3; k++) {
      const key = `${corners[k]}>${corners[(k + 1) % 3]}`;
      directed.set(key, (directed.get(key) ?? 0) + 1);
    }
  }
  let badEdges = 0;
  for (const [key, count] of directed) {
    const [from, to] = key.split(">");
    if (count !== 1 || directed.get(`${to}>${from}`) !== 1) badEdges++;
  }
  return {
    isClosed: badEdges === 0 && directed.size > 0,
    weldedVertices: idByPosition.size,
    degenerateTriangles,
    badEdges,
  };
}
