/**
 * Reads a drawing back with two independent tools: fast-xml-parser (well-formed XML, and the
 * elements and attributes it holds) and resvg (a complete SVG renderer, Rust) rasterising it,
 * so a test can count the ink and find where it lies.
 */
import { Resvg } from "@resvg/resvg-js";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface SvgReading {
  root: Record<string, unknown>;
  /** Element names in document order. */
  elements: string[];
  width: number;
  height: number;
  /** RGBA pixels of the rendering. */
  pixels: Uint8Array;
}

function walk(node: unknown, name: string, out: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, name, out);
    return;
  }
  out.push(name);
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") || key === "#text") continue;
    walk(value, key, out);
  }
}

export function readSvg(bytes: Uint8Array): SvgReading {
  const text = new TextDecoder().decode(bytes);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(text) as Record<string, unknown>;
  const root = document.svg as Record<string, unknown>;
  const elements: string[] = [];
  walk(root, "svg", elements);
  const rendered = new Resvg(text, { font: { loadSystemFonts: false }, background: "rgba(255,255,255,0)" }).render();
  return { root, elements, width: rendered.width, height: rendered.height, pixels: rendered.pixels };
}

/** The box of pixels darker than `threshold` (0–255 luminance, opaque), or undefined. */
export function inkBox(reading: Pick<SvgReading, "width" | "height" | "pixels">, threshold = 128): { min: [number, number]; max: [number, number]; count: number } | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, count = 0;
  for (let y = 0; y < reading.height; y++) {
    for (let x = 0; x < reading.width; x++) {
      const i = (y * reading.width + x) * 4;
      const luminance = 0.2126 * reading.pixels[i]! + 0.7152 * reading.pixels[i + 1]! + 0.0722 * reading.pixels[i + 2]!;
      if (reading.pixels[i + 3]! > 200 && luminance < threshold) {
        count++;
        minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
      }
    }
  }
  return count === 0 ? undefined : { min: [minX, minY], max: [maxX, maxY], count };
}
