/**
 * `type=PNG`: a shaded picture of the part, rendered on the server without a GPU or a native
 * library — the build's mesh rasterised with a depth buffer in plain TypeScript (so it runs
 * inside the sandboxed build slot), smooth-shaded from the exact surface normals, its feature
 * edges drawn over it, supersampled and averaged down for anti-aliasing, and written as a
 * PNG (https://www.w3.org/TR/png-3/: IHDR, IDAT with zlib, IEND; 8-bit RGBA).
 */
import { zlibSync } from "fflate";
import { meshNormals, type Mesh } from "../shared/mesh.ts";
import { featureEdges } from "./featureEdges.ts";
import { projectPoint, viewFrame, type View } from "./views.ts";
import { weldParts } from "./weld.ts";

export interface PngOptions {
  view: View;
  /** Pixels. */
  width: number;
  height: number;
  /** `#rrggbb`, behind the part (ignored when `transparent`). */
  background: string;
  transparent: boolean;
}

/** The colour of a part without one: a light steel blue. */
const DEFAULT_PART_COLOR = "#9db4cf";
const EDGE_COLOR: Rgb = [0.12, 0.14, 0.17];
const CREASE_ANGLE_RAD = (30 * Math.PI) / 180;
/** The picture's border, as a fraction of its smaller side. */
const MARGIN = 0.06;
/** Supersampled pixels at most (bounds memory: two 4-byte buffers per sample). */
const SAMPLE_BUDGET = 4_000_000;

type Rgb = [number, number, number];

function rgbOf(color: string): Rgb {
  return [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16) / 255) as Rgb;
}

/** The picture being drawn at `factor` samples per pixel side: colour, coverage and depth per sample. */
class Canvas {
  readonly color: Float32Array;
  readonly covered: Uint8Array;
  readonly depth: Float32Array;

  constructor(readonly width: number, readonly height: number) {
    this.color = new Float32Array(width * height * 3);
    this.covered = new Uint8Array(width * height);
    this.depth = new Float32Array(width * height).fill(-Infinity);
  }

  /** Writes a sample if it is nearer the viewer (greater depth) than what is there. */
  plot(x: number, y: number, depth: number, rgb: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = y * this.width + x;
    if (depth <= this.depth[i]!) return;
    this.depth[i] = depth;
    this.covered[i] = 1;
    this.color[i * 3] = rgb[0];
    this.color[i * 3 + 1] = rgb[1];
    this.color[i * 3 + 2] = rgb[2];
  }
}

/** Screen-space vertex: x right, y down (samples), depth toward the viewer, lit intensity. */
interface ScreenVertex {
  x: number;
  y: number;
  z: number;
  light: number;
}

/** Lambert with a light over the viewer's left shoulder, plus ambient; both sides lit (thin parts). */
function lighting(frame: ReturnType<typeof viewFrame>): (nx: number, ny: number, nz: number) => number {
  const toLight = [0, 1, 2].map((i) => 0.35 * -frame.right[i]! + 0.55 * frame.up[i]! + 0.75 * frame.toViewer[i]!);
  const length = Math.hypot(...toLight);
  const [lx, ly, lz] = toLight.map((v) => v / length) as Rgb;
  return (nx, ny, nz) => 0.4 + 0.6 * Math.abs(nx * lx + ny * ly + nz * lz);
}

function fillTriangle(canvas: Canvas, a: ScreenVertex, b: ScreenVertex, c: ScreenVertex, base: Rgb): void {
  const area = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  if (Math.abs(area) < 1e-12) return;
  const minX = Math.max(0, Math.floor(Math.min(a.x, b.x, c.x)));
  const maxX = Math.min(canvas.width - 1, Math.ceil(Math.max(a.x, b.x, c.x)));
  const minY = Math.max(0, Math.floor(Math.min(a.y, b.y, c.y)));
  const maxY = Math.min(canvas.height - 1, Math.ceil(Math.max(a.y, b.y, c.y)));
  // Barycentric weights are linear in x along a row: each row's span inside all three is solved for.
  const stepA = -(c.y - b.y) / area;
  const stepB = -(a.y - c.y) / area;
  const stepC = -stepA - stepB;
  const { color, covered, depth, width } = canvas;
  const [red, green, blue] = base;
  for (let y = minY; y <= maxY; y++) {
    const py = y + 0.5;
    const px = minX + 0.5;
    const wa0 = ((b.x - px) * (c.y - py) - (b.y - py) * (c.x - px)) / area;
    const wb0 = ((c.x - px) * (a.y - py) - (c.y - py) * (a.x - px)) / area;
    const wc0 = 1 - wa0 - wb0;
    let from = 0;
    let to = maxX - minX;
    for (const [w0, step] of [[wa0, stepA], [wb0, stepB], [wc0, stepC]] as const) {
      if (step > 0) from = Math.max(from, Math.ceil(-w0 / step));
      else if (step < 0) to = Math.min(to, Math.floor(-w0 / step));
      else if (w0 < 0) to = -1;
    }
    for (let k = from; k <= to; k++) {
      const wa = wa0 + stepA * k;
      const wb = wb0 + stepB * k;
      const wc = 1 - wa - wb;
      if (wa < 0 || wb < 0 || wc < 0) continue;
      const i = y * width + minX + k;
      const z = wa * a.z + wb * b.z + wc * c.z;
      if (z <= depth[i]!) continue;
      const light = wa * a.light + wb * b.light + wc * c.light;
      depth[i] = z;
      covered[i] = 1;
      color[i * 3] = red * light;
      color[i * 3 + 1] = green * light;
      color[i * 3 + 2] = blue * light;
    }
  }
}

/** A line `thickness` samples wide, drawn slightly in front of the surface it lies on. */
function drawLine(canvas: Canvas, a: ScreenVertex, b: ScreenVertex, thickness: number, bias: number): void {
  const steps = Math.ceil(Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y)) * 2) + 1;
  const half = thickness / 2;
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    const x = a.x + (b.x - a.x) * t;
    const y = a.y + (b.y - a.y) * t;
    const z = a.z + (b.z - a.z) * t + bias;
    for (let dy = Math.floor(y - half); dy <= Math.floor(y + half - 1e-9); dy++) {
      for (let dx = Math.floor(x - half); dx <= Math.floor(x + half - 1e-9); dx++) canvas.plot(dx, dy, z, EDGE_COLOR);
    }
  }
}

/** Averages `factor`² samples into each pixel: RGBA, coverage as alpha over the background. */
function downsample(canvas: Canvas, factor: number, options: PngOptions): Uint8Array {
  const { width, height, transparent } = options;
  const [backR, backG, backB] = rgbOf(options.background);
  const pixels = new Uint8Array(width * height * 4);
  const samples = factor * factor;
  const { color, covered } = canvas;
  const byte = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0, g = 0, b = 0, coverage = 0;
      for (let sy = 0; sy < factor; sy++) {
        let i = (y * factor + sy) * canvas.width + x * factor;
        for (let sx = 0; sx < factor; sx++, i++) {
          if (covered[i] === 0) continue;
          coverage++;
          r += color[i * 3]!;
          g += color[i * 3 + 1]!;
          b += color[i * 3 + 2]!;
        }
      }
      const o = (y * width + x) * 4;
      if (transparent) {
        // Colour of the covered samples; coverage as alpha (straight, not premultiplied).
        const n = Math.max(1, coverage);
        pixels[o] = byte(r / n);
        pixels[o + 1] = byte(g / n);
        pixels[o + 2] = byte(b / n);
        pixels[o + 3] = Math.round((coverage / samples) * 255);
      } else {
        const uncovered = (samples - coverage) / samples;
        pixels[o] = byte(r / samples + backR * uncovered);
        pixels[o + 1] = byte(g / samples + backG * uncovered);
        pixels[o + 2] = byte(b / samples + backB * uncovered);
        pixels[o + 3] = 255;
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** RGBA pixels as a PNG file (8-bit RGBA, no interlace, filter type 0 per row). */
export function encodePng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", zlibSync(raw, { level: 6 })), chunk("IEND", new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The mesh as a shaded PNG seen from `options.view`, fitted to the picture.
 * @example exportPng(mesh, { view: "iso", width: 800, height: 600, background: "#ffffff", transparent: false })
 */
export function exportPng(mesh: Mesh, options: PngOptions): Uint8Array {
  const frame = viewFrame(options.view);
  const factor = Math.max(1, Math.min(3, Math.floor(Math.sqrt(SAMPLE_BUDGET / (options.width * options.height)))));
  const canvas = new Canvas(options.width * factor, options.height * factor);
  const count = mesh.positions.length / 3;
  const projected = new Float64Array(count * 3);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, minZ = Infinity, maxZ = -Infinity;
  for (let v = 0; v < count; v++) {
    const [x, y, z] = projectPoint(frame, mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!);
    projected.set([x, y, z], v * 3);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); minZ = Math.min(minZ, z); maxZ = Math.max(maxZ, z);
  }
  const margin = MARGIN * Math.min(canvas.width, canvas.height);
  const scale = Math.min((canvas.width - 2 * margin) / Math.max(maxX - minX, 1e-12), (canvas.height - 2 * margin) / Math.max(maxY - minY, 1e-12));
  const offsetX = (canvas.width - (maxX - minX) * scale) / 2;
  const offsetY = (canvas.height - (maxY - minY) * scale) / 2;
  const light = lighting(frame);
  const normals = meshNormals(mesh);
  const screen = (x: number, y: number, z: number, lit: number): ScreenVertex => ({ x: offsetX + (x - minX) * scale, y: offsetY + (maxY - y) * scale, z, light: lit });
  const vertexAt = (v: number): ScreenVertex =>
    screen(projected[v * 3]!, projected[v * 3 + 1]!, projected[v * 3 + 2]!, light(normals[v * 3]!, normals[v * 3 + 1]!, normals[v * 3 + 2]!));

  for (const part of mesh.parts) {
    const base = rgbOf(part.color ?? DEFAULT_PART_COLOR);
    for (let t = part.firstTriangle; t < part.firstTriangle + part.triangleCount; t++) {
      fillTriangle(canvas, vertexAt(mesh.indices[t * 3]!), vertexAt(mesh.indices[t * 3 + 1]!), vertexAt(mesh.indices[t * 3 + 2]!), base);
    }
  }
  // Edges a little in front of their faces, so the depth test keeps the visible ones only.
  const bias = (maxZ - minZ) * 2e-3 + 1e-9;
  for (const part of weldParts(mesh)) {
    const segments = featureEdges(part, CREASE_ANGLE_RAD);
    for (let s = 0; s < segments.length; s += 6) {
      const a = projectPoint(frame, segments[s]!, segments[s + 1]!, segments[s + 2]!);
      const b = projectPoint(frame, segments[s + 3]!, segments[s + 4]!, segments[s + 5]!);
      drawLine(canvas, screen(a[0], a[1], a[2], 1), screen(b[0], b[1], b[2], 1), Math.max(1, factor * 1.2), bias);
    }
  }
  return encodePng(downsample(canvas, factor, options), options.width, options.height);
}
