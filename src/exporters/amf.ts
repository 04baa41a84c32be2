import type { Mesh } from "../shared/mesh.ts";
import type { Unit } from "../shared/units.ts";
import { float32Text, srgbChannels, TextSink, xmlText } from "./text.ts";
import { weldParts, type WeldedPart } from "./weld.ts";

/**
 * AMF, ISO/ASTM 52915 (Additive Manufacturing File format), version 1.1, uncompressed. One
 * `<object>` per part, each a `<mesh>` of shared (welded) vertices and one `<volume>` of
 * triangles wound counter-clockwise seen from outside; the model's unit in `<amf unit>`.
 */
export interface AmfOptions {
  /** The model's name: the file's `<metadata type="name">`. Default "partforge". */
  name?: string;
}

/**
 * The unit names the standard allows (millimeter, inch, feet, meter, micron), and the scale from the model's unit into them. AMF has no
 * centimetre, so a centimetre model is written in millimetres.
 */
const AMF_UNITS: Readonly<Record<Unit, { name: string; scale: number }>> = {
  mm: { name: "millimeter", scale: 1 },
  cm: { name: "millimeter", scale: 10 },
  m: { name: "meter", scale: 1 },
  in: { name: "inch", scale: 1 },
  ft: { name: "feet", scale: 1 },
};

/** The `unit` attribute an AMF export of a model in `unit` carries. */
export function amfUnit(unit: Unit): string {
  return AMF_UNITS[unit].name;
}

/**
 * The mesh as an AMF document (uncompressed XML). Same mesh and options → same bytes.
 *
 * @example exportAmf(mesh, { name: "Pipe flange" }) // <amf unit="inch" version="1.1">…
 */
export function exportAmf(mesh: Mesh, options: AmfOptions = {}): Uint8Array {
  const { name: unitName, scale } = AMF_UNITS[mesh.unit];
  const out = new TextSink();
  out.add('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.add(`<amf unit="${unitName}" version="1.1">\n`);
  out.add(`  <metadata type="name">${xmlText(options.name ?? "partforge")}</metadata>\n`);
  out.add('  <metadata type="cad">partforge</metadata>\n');
  weldParts(mesh).forEach((part, id) => writeObject(out, part, id, scale));
  out.add("</amf>\n");
  return out.bytes();
}

/** An object with its name, colour (sRGB, 0..1) and one mesh. */
function writeObject(out: TextSink, part: WeldedPart, id: number, scale: number): void {
  out.add(`  <object id="${id}">\n`);
  out.add(`    <metadata type="name">${xmlText(part.name)}</metadata>\n`);
  if (part.color !== undefined) {
    const [r, g, b] = srgbChannels(part.color).map((c) => Number(c.toFixed(4)));
    out.add(`    <color><r>${r}</r><g>${g}</g><b>${b}</b></color>\n`);
  }
  out.add("    <mesh>\n      <vertices>\n");
  const { positions, indices } = part;
  const f = (value: number) => float32Text(value * scale);
  for (let v = 0; v < positions.length; v += 3) {
    out.add(`        <vertex><coordinates><x>${f(positions[v]!)}</x><y>${f(positions[v + 1]!)}</y><z>${f(positions[v + 2]!)}</z></coordinates></vertex>\n`);
  }
  out.add("      </vertices>\n      <volume>\n");
  for (let t = 0; t < indices.length; t += 3) {
    out.add(`        <triangle><v1>${indices[t]}</v1><v2>${indices[t + 1]}</v2><v3>${indices[t + 2]}</v3></triangle>\n`);
  }
  out.add("      </volume>\n    </mesh>\n  </object>\n");
}
