import type { Mesh } from "../shared/mesh.ts";

/**
 * STL, binary (default) or ASCII. Format description: "StereoLithography Interface
 * Specification", 3D Systems, 1989; summarised at https://www.fabbers.com/tech/STL_Format
 * (binary: §"Binary STL"; ASCII: §"ASCII STL"). Coordinates are written in the mesh's unit,
 * which STL cannot record; one solid holds every part's triangles.
 */
export interface StlOptions {
  /** ASCII instead of binary STL. Default false. */
  ascii?: boolean;
  /** The model's name, written in the header (binary) or after `solid` (ASCII). Default "partforge". */
  name?: string;
}

const DEFAULT_NAME = "partforge";
const HEADER_BYTES = 80;
const TRIANGLE_BYTES = 50;

/**
 * The mesh as an STL file. Facet normals are computed from each triangle's corners
 * (right-hand rule), not taken from the vertex normals. Same mesh and options → same bytes.
 *
 * @example exportStl(mesh, { name: "bracket" }) // binary STL
 */
export function exportStl(mesh: Mesh, options: StlOptions = {}): Uint8Array {
  const name = options.name ?? DEFAULT_NAME;
  return options.ascii === true ? asciiStl(mesh, name) : binaryStl(mesh, name);
}

/** Calls `visit` with each triangle's normal and corners; reuses one scratch array. */
function forEachFacet(mesh: Mesh, visit: (facet: Float64Array) => void): void {
  const { positions, indices } = mesh;
  // normal x y z, then corners a, b, c (x y z each)
  const facet = new Float64Array(12);
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const v = indices[t + k]! * 3;
      // `+ 0` turns -0 into 0, so binary and ASCII files carry the same values.
      facet[3 + k * 3] = positions[v]! + 0;
      facet[4 + k * 3] = positions[v + 1]! + 0;
      facet[5 + k * 3] = positions[v + 2]! + 0;
    }
    const ux = facet[6]! - facet[3]!, uy = facet[7]! - facet[4]!, uz = facet[8]! - facet[5]!;
    const vx = facet[9]! - facet[3]!, vy = facet[10]! - facet[4]!, vz = facet[11]! - facet[5]!;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const length = Math.hypot(nx, ny, nz);
    // A zero-area facet gets the zero normal, which readers recompute.
    const scale = length > 0 ? 1 / length : 0;
    // Rounded to float32 here so binary and ASCII files carry the same normal.
    facet[0] = Math.fround(nx * scale) + 0;
    facet[1] = Math.fround(ny * scale) + 0;
    facet[2] = Math.fround(nz * scale) + 0;
    visit(facet);
  }
}

/** Printable ASCII only (STL is not Unicode), control characters and quotes made safe. */
function asciiText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "?");
}

/**
 * Binary STL: 80-byte header, uint32 triangle count, then per triangle 12 float32 (normal,
 * three corners) and a uint16 attribute count of 0, all little-endian.
 */
function binaryStl(mesh: Mesh, name: string): Uint8Array {
  const triangleCount = mesh.indices.length / 3;
  const bytes = new Uint8Array(HEADER_BYTES + 4 + TRIANGLE_BYTES * triangleCount);
  // The header must not start with "solid", or readers take the file for ASCII STL.
  // Nor may it hold "COLOR=" or "MATERIAL=", which Magics-style readers take for colours.
  const header = asciiText(`partforge binary STL: ${name}`).replace(/=/g, "-").slice(0, HEADER_BYTES);
  for (let i = 0; i < header.length; i++) bytes[i] = header.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  view.setUint32(HEADER_BYTES, triangleCount, true);
  // The same values as `forEachFacet` gives the ASCII writer, written in one pass without a
  // callback per triangle (a mesh can have millions); the attribute count stays 0 from allocation.
  const { positions, indices } = mesh;
  let offset = HEADER_BYTES + 4;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3, b = indices[t + 1]! * 3, c = indices[t + 2]! * 3;
    const ax = positions[a]! + 0, ay = positions[a + 1]! + 0, az = positions[a + 2]! + 0;
    const bx = positions[b]! + 0, by = positions[b + 1]! + 0, bz = positions[b + 2]! + 0;
    const cx = positions[c]! + 0, cy = positions[c + 1]! + 0, cz = positions[c + 2]! + 0;
    const ux = bx - ax, uy = by - ay, uz = bz - az;
    const vx = cx - ax, vy = cy - ay, vz = cz - az;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const length = Math.hypot(nx, ny, nz);
    const scale = length > 0 ? 1 / length : 0;
    view.setFloat32(offset, Math.fround(nx * scale) + 0, true);
    view.setFloat32(offset + 4, Math.fround(ny * scale) + 0, true);
    view.setFloat32(offset + 8, Math.fround(nz * scale) + 0, true);
    view.setFloat32(offset + 12, ax, true);
    view.setFloat32(offset + 16, ay, true);
    view.setFloat32(offset + 20, az, true);
    view.setFloat32(offset + 24, bx, true);
    view.setFloat32(offset + 28, by, true);
    view.setFloat32(offset + 32, bz, true);
    view.setFloat32(offset + 36, cx, true);
    view.setFloat32(offset + 40, cy, true);
    view.setFloat32(offset + 44, cz, true);
    offset += TRIANGLE_BYTES;
  }
  return bytes;
}

/** A float32 value in scientific notation with 9 significant digits, enough to read back the same float32. */
function formatNumber(value: number): string {
  return value.toExponential(8);
}

/** One line-safe word for `solid <name>`: readers take the rest of the line, some only one word. */
function solidName(name: string): string {
  const word = asciiText(name.trim().replace(/\s+/g, "_"));
  return word === "" ? DEFAULT_NAME : word;
}

/** ASCII STL: `solid name`, a `facet normal … outer loop … endloop endfacet` per triangle, `endsolid name`. */
function asciiStl(mesh: Mesh, name: string): Uint8Array {
  const word = solidName(name);
  const lines: string[] = [`solid ${word}`];
  const f = formatNumber;
  forEachFacet(mesh, (n) => {
    lines.push(
      `  facet normal ${f(n[0]!)} ${f(n[1]!)} ${f(n[2]!)}`,
      "    outer loop",
      `      vertex ${f(n[3]!)} ${f(n[4]!)} ${f(n[5]!)}`,
      `      vertex ${f(n[6]!)} ${f(n[7]!)} ${f(n[8]!)}`,
      `      vertex ${f(n[9]!)} ${f(n[10]!)} ${f(n[11]!)}`,
      "    endloop",
      "  endfacet",
    );
  });
  lines.push(`endsolid ${word}`, "");
  return new TextEncoder().encode(lines.join("\n"));
}
