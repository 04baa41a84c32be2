/**
 * Every example (examples/ and examples/cadquery/) built once with its defaults and written to
 * each of the drawing, picture and fact types — SVG, DXF, BREP, PNG and PROPS — through the
 * export pipeline the build slots run, each file checked by an independent reader:
 * SVG by an XML parser and resvg's rendering; DXF by dxf-parser (closed loops, chained end to end)
 * and ezdxf (its audit, the loops' area against the exact section's); BREP by FreeCAD (a valid shape
 * with the kernel's volume); PNG by pngjs (the size, a shaded part on the background); PROPS
 * against its JSON schema, with the kernel's and FreeCAD's volume.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { PNG } from "pngjs";
import { BuildMeshes, finishExport, languageOf, loadScript, prepareExport, resolveExportOptions, resultParts } from "../../src/build/index.ts";
import { areaOf, boundingBoxOf, loadKernel, sectionByPlane, volumeOf, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues } from "../../src/modelscript/index.ts";
import { ezdxfMissing, readManyWithEzdxf, readWithDxfParser } from "../helpers/dxfReaders.ts";
import { freecadMissing, readBrepsWithFreecad, type FreecadShape } from "../helpers/freecadReader.ts";
import { inkBox, readSvg } from "../helpers/svgReader.ts";

const FOLDERS = [new URL("../../examples/", import.meta.url), new URL("../../examples/cadquery/", import.meta.url)];
const NEW_TYPES = ["svg", "dxf", "brep", "png", "props"] as const;
type NewType = (typeof NEW_TYPES)[number];
const SVG_ELEMENTS = new Set(["svg", "title", "desc", "rect", "g", "path", "circle", "text"]);

interface Example {
  file: string;
  unit: string;
  files: Record<NewType, Uint8Array>;
  /** The kernel's exact volume, all parts together. */
  volume: number;
  /** The exact area of the section at mid-height, all parts together (DXF's default outline). */
  sectionArea: number;
  parts: number;
}

async function exampleFiles(): Promise<{ name: string; url: URL }[]> {
  const found: { name: string; url: URL }[] = [];
  for (const folder of FOLDERS) {
    const names = (await readdir(folder)).filter((f) => /\.(ts|js)$/.test(f)).sort();
    const prefix = folder.pathname.endsWith("/cadquery/") ? "cadquery/" : "";
    found.push(...names.map((name) => ({ name: `${prefix}${name}`, url: new URL(name, folder) })));
  }
  return found;
}

/** Builds the example once; writes every new type from that one result (and one shared mesh). */
async function buildExample(name: string, url: URL): Promise<Example> {
  const loaded = await loadScript(await readFile(url, "utf8"), languageOf(name));
  const title = loaded.metadata.name;
  return withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), title);
    const meshes = new BuildMeshes(parts, loaded.uom);
    const files = {} as Record<NewType, Uint8Array>;
    for (const type of NEW_TYPES) files[type] = await finishExport(prepareExport(parts, type, loaded.uom, resolveExportOptions({}), title, meshes));
    const boxes = parts.map((part) => boundingBoxOf(part.shape));
    const z = (Math.min(...boxes.map((b) => b.min[2])) + Math.max(...boxes.map((b) => b.max[2]))) / 2;
    const sectionArea = parts.reduce((sum, part) => sum + areaOf(sectionByPlane(part.shape, [0, 0, z], [0, 0, 1], 1e4)), 0);
    return { file: name, unit: loaded.uom, files, volume: parts.reduce((sum, part) => sum + volumeOf(part.shape), 0), sectionArea, parts: parts.length };
  });
}

type Point = [number, number];
interface DxfEntity {
  type: string;
  shape?: boolean;
  vertices?: { x: number; y: number }[];
  center?: { x: number; y: number };
  radius?: number;
  startAngle?: number;
  endAngle?: number;
  controlPoints?: { x: number; y: number }[];
}

/** The two ends of an open entity (LINE, ARC, SPLINE, open LWPOLYLINE); undefined for a closed one. */
function endsOf(entity: DxfEntity): [Point, Point] | undefined {
  switch (entity.type) {
    case "CIRCLE":
      return undefined;
    case "LWPOLYLINE":
      if (entity.shape === true) return undefined;
      return [[entity.vertices![0]!.x, entity.vertices![0]!.y], [entity.vertices!.at(-1)!.x, entity.vertices!.at(-1)!.y]];
    case "LINE":
      return [[entity.vertices![0]!.x, entity.vertices![0]!.y], [entity.vertices![1]!.x, entity.vertices![1]!.y]];
    case "ARC": {
      const { center, radius, startAngle, endAngle } = entity as Required<DxfEntity>;
      const at = (angle: number): Point => [center.x + radius * Math.cos(angle), center.y + radius * Math.sin(angle)];
      return [at(startAngle), at(endAngle)];
    }
    case "SPLINE":
      return [[entity.controlPoints![0]!.x, entity.controlPoints![0]!.y], [entity.controlPoints!.at(-1)!.x, entity.controlPoints!.at(-1)!.y]];
    default:
      throw new Error(`unexpected DXF entity ${entity.type}`);
  }
}

/** Ends that no other end meets: every open entity must chain into a closed loop, so none. */
function danglingEnds(entities: readonly DxfEntity[], tolerance: number): Point[] {
  const ends = entities.flatMap((entity) => endsOf(entity) ?? []);
  return ends.filter((end, i) => !ends.some((other, j) => j !== i && Math.hypot(other[0] - end[0], other[1] - end[1]) <= tolerance));
}

/** The PROPS document's shape (README "Output types"): the facts a quoting tool reads. */
const TRIPLE = { type: "array", items: { type: "number" }, minItems: 3, maxItems: 3 };
const FACTS = {
  type: "object",
  required: ["volume", "area", "boundingBox", "centerOfMass", "inertia", "counts", "valid"],
  properties: {
    volume: { type: "number", exclusiveMinimum: 0 },
    area: { type: "number", exclusiveMinimum: 0 },
    boundingBox: { type: "object", required: ["min", "max"], properties: { min: TRIPLE, max: TRIPLE } },
    centerOfMass: TRIPLE,
    inertia: { type: "array", items: TRIPLE, minItems: 3, maxItems: 3 },
    counts: {
      type: "object",
      required: ["solids", "shells", "faces", "wires", "edges", "vertices"],
      properties: Object.fromEntries(["solids", "shells", "faces", "wires", "edges", "vertices"].map((k) => [k, { type: "integer", minimum: 0 }])),
    },
    valid: { type: "boolean" },
  },
};
const PROPS_SCHEMA = {
  allOf: [
    FACTS,
    {
      type: "object",
      required: ["format", "unit", "parts"],
      properties: {
        format: { const: "partforge-props" },
        unit: { enum: ["mm", "cm", "m", "in", "ft"] },
        parts: { type: "array", minItems: 1, items: { allOf: [FACTS, { type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1 } } }] } },
      },
    },
  ],
};

function pixel(png: PNG, x: number, y: number): [number, number, number, number] {
  const i = (y * png.width + x) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
}

describe("every example to SVG, DXF, BREP, PNG and PROPS, read back independently", () => {
  const built: Example[] = [];
  let freecad: FreecadShape[] = [];

  before(async () => {
    await loadKernel();
    for (const { name, url } of await exampleFiles()) built.push(await buildExample(name, url));
    if (freecadMissing() === false) freecad = await readBrepsWithFreecad(built.map((example) => example.files.brep));
  });

  it("builds every example in examples/ and examples/cadquery/", () => {
    assert.ok(built.filter((e) => !e.file.startsWith("cadquery/")).length >= 8, "the gallery's examples");
    assert.ok(built.filter((e) => e.file.startsWith("cadquery/")).length >= 20, "CadQuery's ported examples");
  });

  it("SVG: well-formed SVG 1.1 that resvg renders with the part's ink filling the drawing", () => {
    for (const { file, files } of built) {
      const reading = readSvg(files.svg);
      assert.equal(reading.root["@_version"], "1.1", file);
      assert.equal(reading.root["@_xmlns"], "http://www.w3.org/2000/svg", file);
      for (const element of reading.elements) assert.ok(SVG_ELEMENTS.has(element), `${file}: <${element}> is one of the SVG 1.1 elements written`);
      assert.ok(reading.elements.filter((e) => e === "path" || e === "circle").length >= 1, `${file} draws edges`);
      const ink = inkBox(reading);
      assert.ok(ink !== undefined && ink.count > 500, `${file}: the rendering has ink`);
      assert.ok(ink.max[0] - ink.min[0] > 700 || ink.max[1] - ink.min[1] > 500, `${file}: ink spans ${JSON.stringify(ink)}`);
    }
  });

  it("DXF: R2000 in the model's unit, every contour a closed loop (dxf-parser and ezdxf), enclosing the exact section's area (ezdxf)", async () => {
    for (const { file, files, unit } of built) {
      const parsed = readWithDxfParser(files.dxf);
      assert.equal(parsed.header.$ACADVER, "AC1015", file);
      assert.equal(parsed.header.$INSUNITS, { mm: 4, cm: 5, m: 6, in: 1, ft: 2 }[unit], `${file} unit`);
      const entities = parsed.entities as DxfEntity[];
      assert.ok(entities.length > 0, `${file} has entities`);
      for (const entity of entities) assert.ok(["LWPOLYLINE", "CIRCLE", "LINE", "ARC", "SPLINE"].includes(entity.type), `${file}: ${entity.type}`);
      assert.deepEqual(danglingEnds(entities, 1e-6), [], `${file}: open ends`);
    }
    if (ezdxfMissing() !== false) return;
    const readings = await readManyWithEzdxf(built.map((example) => example.files.dxf));
    built.forEach(({ file, sectionArea }, i) => {
      const reading = readings[i]!;
      assert.deepEqual(reading.auditErrors, [], `${file}: ezdxf's audit`);
      assert.equal(reading.version, "AC1015", file);
      assert.equal(reading.unclosedChains, 0, `${file}: every contour closes (${JSON.stringify(reading.entities)})`);
      assert.ok(Math.abs(reading.area - sectionArea) <= 1e-4 * sectionArea, `${file}: loops enclose ${reading.area}, the exact section ${sectionArea}`);
    });
  });

  it("BREP: OCCT's exact text format, no mesh inside, read by FreeCAD as a valid shape with the kernel's volume", { skip: freecadMissing() }, () => {
    built.forEach(({ file, files, volume, parts }, i) => {
      assert.match(new TextDecoder().decode(files.brep), /^\s*(DBRep_DrawableShape\s*)?CASCADE Topology V\d/, file);
      const shape = freecad[i]!;
      assert.ok(shape.valid, `${file} is valid in FreeCAD`);
      assert.ok(Math.abs(shape.volume - volume) <= 1e-9 * volume, `${file}: FreeCAD's volume ${shape.volume}, the kernel's ${volume}`);
      if (parts > 1) assert.equal(shape.shapeType, "Compound", file);
    });
  });

  it("PNG: 800 × 600 as pngjs decodes it, the part shaded on white and filling the picture", () => {
    for (const { file, files } of built) {
      const png = PNG.sync.read(Buffer.from(files.png));
      assert.deepEqual([png.width, png.height], [800, 600], file);
      assert.deepEqual(pixel(png, 0, 0), [255, 255, 255, 255], `${file}: the corner is background`);
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, count = 0;
      const shades = new Set<number>();
      for (let y = 0; y < png.height; y++) {
        for (let x = 0; x < png.width; x++) {
          const [r, g, b] = pixel(png, x, y);
          if (765 - r - g - b <= 24) continue;
          count++;
          if (x % 4 === 0 && y % 4 === 0) shades.add(b);
          minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
      }
      assert.ok(maxX - minX > 700 || maxY - minY > 520, `${file}: the part spans ${maxX - minX} × ${maxY - minY}`);
      assert.ok(count > 30_000, `${file}: ${count} part pixels`);
      // Shaded, not flat (an iso view of boxes alone shows three face tones, and the edges).
      assert.ok(shades.size > 12, `${file}: shaded, ${shades.size} levels`);
    }
  });

  it("PROPS: the schema's facts, per part, with the kernel's volume (and FreeCAD's)", () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PROPS_SCHEMA);
    built.forEach(({ file, files, volume, unit, parts }, i) => {
      const props = JSON.parse(new TextDecoder().decode(files.props)) as { unit: string; volume: number; valid: boolean; parts: { volume: number }[] };
      assert.ok(validate(props), `${file}: ${JSON.stringify(validate.errors)}`);
      assert.equal(props.unit, unit, file);
      assert.equal(props.parts.length, parts, file);
      assert.equal(props.valid, true, file);
      assert.ok(Math.abs(props.volume - volume) <= 1e-9 * volume, `${file}: PROPS volume ${props.volume}, the kernel's ${volume}`);
      if (freecad.length > 0) assert.ok(Math.abs(props.volume - freecad[i]!.volume) <= 1e-9 * volume, `${file}: FreeCAD's volume ${freecad[i]!.volume}`);
    });
  });
});
