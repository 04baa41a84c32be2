/**
 * Two STL readers: a strict one of our own (binary and ASCII, every field checked) and
 * three.js's `STLLoader`, an independent implementation, to catch mistakes both sides share.
 */
import { STLLoader } from "three/examples/jsm/loaders/STLLoader.js";
import { boundingBox, checkClosed, signedVolume, type Box3 } from "./meshChecks.ts";

export interface StlReading {
  format: "binary" | "ascii";
  /** Binary: the 80-byte header up to its padding; ASCII: the word after `solid`. */
  title: string;
  triangles: number;
  /** Nine coordinates per triangle. */
  positions: Float32Array;
  /** The facet normal stored per triangle. */
  facetNormals: Float32Array;
  volume: number;
  bbox: Box3;
  /** Closed and consistently oriented once corners are welded by exact position. */
  isClosed: boolean;
}

function sequence(count: number): Uint32Array {
  return Uint32Array.from({ length: count }, (_, i) => i);
}

function measured(format: StlReading["format"], title: string, positions: Float32Array, facetNormals: Float32Array): StlReading {
  const indices = sequence(positions.length / 3);
  return {
    format,
    title,
    triangles: positions.length / 9,
    positions,
    facetNormals,
    volume: signedVolume(positions, indices),
    bbox: boundingBox(positions, indices),
    isClosed: checkClosed(positions, indices).isClosed,
  };
}

function readBinary(bytes: Uint8Array): StlReading {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(80, true);
  if (bytes.length !== 84 + 50 * count) throw new Error(`binary STL of ${bytes.length} bytes declares ${count} triangles`);
  const positions = new Float32Array(count * 9);
  const facetNormals = new Float32Array(count * 3);
  for (let t = 0; t < count; t++) {
    const at = 84 + 50 * t;
    for (let k = 0; k < 3; k++) facetNormals[t * 3 + k] = view.getFloat32(at + 4 * k, true);
    for (let k = 0; k < 9; k++) positions[t * 9 + k] = view.getFloat32(at + 12 + 4 * k, true);
    if (view.getUint16(at + 48, true) !== 0) throw new Error(`triangle ${t} has a non-zero attribute byte count`);
  }
  const title = new TextDecoder("latin1").decode(bytes.subarray(0, 80)).replace(/[\0 ]+$/, "");
  return measured("binary", title, positions, facetNormals);
}

const NUMBER = String.raw`([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)`;

function readAscii(text: string): StlReading {
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  const title = /^solid (\S+)$/.exec(lines[0] ?? "")?.[1];
  if (title === undefined) throw new Error(`ASCII STL starts with "${lines[0]}"`);
  if (lines[lines.length - 1] !== `endsolid ${title}`) throw new Error(`ASCII STL ends with "${lines[lines.length - 1]}"`);
  const facetLine = new RegExp(`^facet normal ${NUMBER} ${NUMBER} ${NUMBER}$`);
  const vertexLine = new RegExp(`^vertex ${NUMBER} ${NUMBER} ${NUMBER}$`);
  const body = lines.slice(1, -1);
  if (body.length % 7 !== 0) throw new Error("ASCII STL facets are not 7 lines each");
  const count = body.length / 7;
  const positions = new Float32Array(count * 9);
  const facetNormals = new Float32Array(count * 3);
  for (let t = 0; t < count; t++) {
    const facet = body.slice(t * 7, t * 7 + 7);
    const normal = facetLine.exec(facet[0]!);
    if (!normal || facet[1] !== "outer loop" || facet[5] !== "endloop" || facet[6] !== "endfacet") {
      throw new Error(`malformed facet ${t}: ${facet.join(" / ")}`);
    }
    for (let k = 0; k < 3; k++) facetNormals[t * 3 + k] = Number(normal[k + 1]);
    for (let corner = 0; corner < 3; corner++) {
      const vertex = vertexLine.exec(facet[2 + corner]!);
      if (!vertex) throw new Error(`malformed vertex in facet ${t}: ${facet[2 + corner]}`);
      for (let k = 0; k < 3; k++) positions[t * 9 + corner * 3 + k] = Number(vertex[k + 1]);
    }
  }
  return measured("ascii", title, positions, facetNormals);
}

/** Our own strict STL reader. Binary when the size matches the declared triangle count. */
export function readStl(bytes: Uint8Array): StlReading {
  const isBinary = bytes.length >= 84
    && bytes.length === 84 + 50 * new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(80, true);
  return isBinary ? readBinary(bytes) : readAscii(new TextDecoder().decode(bytes));
}

export interface ThreeStlReading {
  triangles: number;
  volume: number;
  bbox: Box3;
  isClosed: boolean;
  /** three.js found a Magics `COLOR=` default colour in the header. */
  hasColors: boolean;
}

/** Reads `bytes` with three.js's STLLoader (which tells binary from ASCII by itself). */
export function readStlWithThree(bytes: Uint8Array): ThreeStlReading {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const geometry = new STLLoader().parse(buffer);
  const positions = geometry.getAttribute("position").array as Float32Array;
  const indices = sequence(positions.length / 3);
  return {
    triangles: positions.length / 9,
    volume: signedVolume(positions, indices),
    bbox: boundingBox(positions, indices),
    isClosed: checkClosed(positions, indices).isClosed,
    hasColors: geometry.hasAttribute("color"),
  };
}
