import { zipSync, type Zippable } from "fflate";
import type { Mesh } from "../shared/mesh.ts";
import type { Unit } from "../shared/units.ts";
import { float32Text, TextSink, xmlText } from "./text.ts";
import { weldParts, type WeldedPart } from "./weld.ts";

/**
 * 3MF, core specification 1.3 (3MF Consortium), over Open Packaging Conventions: a ZIP with
 * `[Content_Types].xml`, `_rels/.rels` pointing at the model part, and `3D/3dmodel.model`.
 * One `<object>` per part with its `name` and a welded mesh, the model's unit in `<model unit>`,
 * and part colours as `<basematerials>`. The core spec's object types: a "model" object must be a
 * closed, manifold, outward-wound mesh, which a solid's mesh is; a "surface" object is an open
 * (non-manifold) one, such as an assembly's face part, so a part whose welded mesh is not closed
 * is written with type "surface". The ZIP entries carry a fixed date, so the same mesh gives the same bytes.
 */
export interface ThreeMfOptions {
  /** The model's name: the `Title` metadata. Default "partforge". */
  name?: string;
}

const CORE_NAMESPACE = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02";
const MODEL_PATH = "3D/3dmodel.model";

/** `<model unit>` per partforge unit: 3MF has all of them. */
const THREE_MF_UNITS: Readonly<Record<Unit, string>> = { mm: "millimeter", cm: "centimeter", m: "meter", in: "inch", ft: "foot" };

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/>
</Types>
`;

const RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Target="/${MODEL_PATH}" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/>
</Relationships>
`;

/**
 * ZIP entry time. fflate turns a Date into a DOS time stamp from its *local* fields, so the
 * Date is built from local fields too: the bytes do not depend on the host's time zone.
 */
function fixedEntryTime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

/** The `unit` attribute a 3MF export of a model in `unit` carries. */
export function threeMfUnit(unit: Unit): string {
  return THREE_MF_UNITS[unit];
}

/**
 * The mesh as a 3MF package. Same mesh and options → same bytes.
 *
 * @example exportThreeMf(mesh, { name: "Project enclosure" }) // a ZIP; 3D/3dmodel.model has unit="millimeter"
 */
export function exportThreeMf(mesh: Mesh, options: ThreeMfOptions = {}): Uint8Array {
  const encoder = new TextEncoder();
  const mtime = fixedEntryTime();
  // Entry order: content types first, as OPC readers that stream the package expect.
  const files: Zippable = {
    "[Content_Types].xml": [encoder.encode(CONTENT_TYPES), { mtime }],
    "_rels/.rels": [encoder.encode(RELATIONSHIPS), { mtime }],
    [MODEL_PATH]: [modelXml(mesh, options.name ?? "partforge"), { mtime }],
  };
  return zipSync(files, { level: 6, mtime });
}

/** The 3D model part: resources (colours, objects) and a build item per object. */
function modelXml(mesh: Mesh, name: string): Uint8Array {
  const parts = weldParts(mesh);
  const out = new TextSink();
  out.add('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.add(`<model unit="${THREE_MF_UNITS[mesh.unit]}" xml:lang="en-US" xmlns="${CORE_NAMESPACE}">\n`);
  out.add(`  <metadata name="Title">${xmlText(name)}</metadata>\n`);
  out.add('  <metadata name="Application">partforge</metadata>\n');
  out.add("  <resources>\n");
  const colours = [...new Set(parts.flatMap((part) => (part.color === undefined ? [] : [part.color])))];
  const materialsId = 1;
  if (colours.length > 0) {
    out.add(`    <basematerials id="${materialsId}">\n`);
    for (const colour of colours) out.add(`      <base name="${colour}" displaycolor="${colour.toUpperCase()}"/>\n`);
    out.add("    </basematerials>\n");
  }
  const objectIds = parts.map((_, index) => index + 2);
  parts.forEach((part, index) => {
    const material = part.color === undefined ? "" : ` pid="${materialsId}" pindex="${colours.indexOf(part.color)}"`;
    writeObject(out, part, objectIds[index]!, material);
  });
  out.add("  </resources>\n  <build>\n");
  for (const id of objectIds) out.add(`    <item objectid="${id}"/>\n`);
  out.add("  </build>\n</model>\n");
  return out.bytes();
}

function writeObject(out: TextSink, part: WeldedPart, id: number, material: string): void {
  out.add(`    <object id="${id}" type="${isClosedManifold(part) ? "model" : "surface"}" name="${xmlText(part.name)}"${material}>\n`);
  out.add("      <mesh>\n        <vertices>\n");
  const { positions, indices } = part;
  for (let v = 0; v < positions.length; v += 3) {
    out.add(`          <vertex x="${float32Text(positions[v]!)}" y="${float32Text(positions[v + 1]!)}" z="${float32Text(positions[v + 2]!)}"/>\n`);
  }
  out.add("        </vertices>\n        <triangles>\n");
  for (let t = 0; t < indices.length; t += 3) {
    out.add(`          <triangle v1="${indices[t]}" v2="${indices[t + 1]}" v3="${indices[t + 2]}"/>\n`);
  }
  out.add("        </triangles>\n      </mesh>\n    </object>\n");
}

/**
 * Whether every edge of the welded mesh is used by exactly two triangles, once in each direction
 * (a closed, consistently wound, manifold mesh: what the core spec asks of a "model" object).
 */
function isClosedManifold(part: WeldedPart): boolean {
  const { indices } = part;
  if (indices.length === 0) return false;
  const vertexCount = part.positions.length / 3;
  // Directed edge from a to b → how often it is used; a closed manifold mesh uses each once, and its reverse once.
  const directed = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const key = indices[t + k]! * vertexCount + indices[t + ((k + 1) % 3)]!;
      const uses = (directed.get(key) ?? 0) + 1;
      if (uses > 1) return false;
      directed.set(key, uses);
    }
  }
  for (const key of directed.keys()) {
    const from = Math.floor(key / vertexCount);
    if (!directed.has((key - from * vertexCount) * vertexCount + from)) return false;
  }
  return true;
}
