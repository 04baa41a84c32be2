/**
 * SVG drawings, read back by an XML parser and rendered by resvg: a known part's front view has
 * its outline at the stated scale and the hidden bore dashed; the three-view sheet aligns its
 * views. DXF outlines, read by dxf-parser and ezdxf: lines, arcs and splines exact, out_z and
 * out_view, an empty section explained. Every example to every type: ./everyExample.test.ts.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { loadScript, parseOutputFields, prepareExport, resolveExportOptions, resultParts, checkOutputOptions } from "../../src/build/index.ts";
import type { ExportFormat } from "../../src/exporters/index.ts";
import { loadKernel, withScopeAsync } from "../../src/kernel/index.ts";
import { resolveValues, type ScriptLanguage } from "../../src/modelscript/index.ts";
import { isPartforgeError } from "../../src/shared/errors.ts";
import { ezdxfMissing, readWithDxfParser, readWithEzdxf } from "../helpers/dxfReaders.ts";
import { inkBox, readSvg } from "../helpers/svgReader.ts";

const BORED_BOX = `export function build() { return Workplane("XY").box(10, 20, 30).faces(">Z").workplane().hole(6); }`;

/** Builds `source` to `format` with the given `out_*` fields, as the service does. */
async function build(source: string, language: ScriptLanguage, format: ExportFormat, fields: Record<string, string> = {}): Promise<Uint8Array> {
  const loaded = await loadScript(source, language);
  const output = checkOutputOptions(format, parseOutputFields(fields));
  return withScopeAsync(async () => {
    const parts = resultParts(loaded.run(resolveValues(loaded, { values: {} })), loaded.metadata.name);
    const prepared = prepareExport(parts, format, loaded.uom, resolveExportOptions({ output }), loaded.metadata.name);
    assert.ok("bytes" in prepared);
    return prepared.bytes;
  });
}

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** x, y of every path vertex in a group of the drawing. */
function pathPoints(svg: string, group: "visible" | "hidden"): [number, number][] {
  const match = new RegExp(`<g class="${group}"[^>]*>([\\s\\S]*?)</g>`).exec(svg);
  if (match === null) return [];
  return [...match[1]!.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

function pixelsPerUnit(svg: string): number {
  const match = / = ([\d.]+) px · unit/.exec(svg);
  assert.ok(match, "the note states the scale");
  return Number(match[1]);
}

describe("SVG drawings", () => {
  before(() => loadKernel());

  it("draws a front view to scale: the outline solid, the bore's hidden edges dashed at ±3", async () => {
    const svg = text(await build(BORED_BOX, "js", "svg", { out_view: "front", out_width: "400", out_height: "500" }));
    const scale = pixelsPerUnit(svg);
    const visible = pathPoints(svg, "visible");
    const xs = visible.map((p) => p[0]), ys = visible.map((p) => p[1]);
    const width = Math.max(...xs) - Math.min(...xs), height = Math.max(...ys) - Math.min(...ys);
    assert.ok(Math.abs(width - 10 * scale) < 0.05 && Math.abs(height - 30 * scale) < 0.05, `outline ${width} × ${height} px at ${scale} px/mm`);
    // Fits the height: 500 px less margins and the note.
    assert.ok(height <= 500 && height > 400, `${height} px tall`);
    const hiddenXs = [...new Set(pathPoints(svg, "hidden").map((p) => Math.round((p[0] - Math.min(...xs)) / scale * 1000) / 1000))].sort((a, b) => a - b);
    // The back face's edges lie under the outline (at 0 and 10); inside it only the bore is hidden.
    assert.deepEqual(hiddenXs.filter((x) => x > 0 && x < 10), [2, 8], "hidden edges 3 mm either side of the centre");
    assert.match(svg, /stroke-dasharray/);
    assert.match(svg, /scale \d[\d.]*:1 at 96 dpi|scale 1:[\d.]+ at 96 dpi/);
    const reading = readSvg(new TextEncoder().encode(svg));
    assert.equal(reading.width, 400);
    const ink = inkBox(reading)!;
    assert.ok(Math.abs(ink.max[1] - ink.min[1] - height) <= 3, `rendered ink ${ink.max[1] - ink.min[1]} px tall, drawn ${height}`);
  });

  it("leaves hidden edges out with out_hidden=false", async () => {
    const svg = text(await build(BORED_BOX, "js", "svg", { out_view: "front", out_hidden: "false" }));
    assert.equal(pathPoints(svg, "hidden").length, 0);
    assert.doesNotMatch(svg, /stroke-dasharray/);
  });

  it("takes a direction x,y,z and draws the bore as a circle from the top", async () => {
    const top = text(await build(BORED_BOX, "js", "svg", { out_view: "top" }));
    assert.match(top, /<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+"\/>/);
    const scale = pixelsPerUnit(top);
    const radius = Number(/<circle [^>]*r="([\d.]+)"/.exec(top)![1]);
    assert.ok(Math.abs(radius - 3 * scale) < 0.01, `bore radius ${radius} px`);
    const same = text(await build(BORED_BOX, "js", "svg", { out_view: "0,0,1" }));
    assert.equal(same.replace(/0,0,1/g, "top").replace(/0_0_1/g, "top"), top);
  });

  it("lays out front, top and right on one sheet at one scale, aligned", async () => {
    const svg = text(await build(BORED_BOX, "js", "svg", { out_views: "front,top,right", out_width: "900", out_height: "900" }));
    const group = (id: string) => new RegExp(`<g id="view-${id}"[\\s\\S]*?\\n  </g>`).exec(svg)![0];
    const extent = (id: string) => {
      const points = [...group(id).matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      return { minX: Math.min(...points.map((p) => p[0]!)), maxX: Math.max(...points.map((p) => p[0]!)), minY: Math.min(...points.map((p) => p[1]!)), maxY: Math.max(...points.map((p) => p[1]!)) };
    };
    const front = extent("front"), top = extent("top"), right = extent("right");
    assert.ok(Math.abs(front.minX - top.minX) < 0.01 && Math.abs(front.maxX - top.maxX) < 0.01, "top sits above front, aligned in x");
    assert.ok(top.maxY < front.minY, "top is above front");
    assert.ok(Math.abs(front.minY - right.minY) < 0.01 && Math.abs(front.maxY - right.maxY) < 0.01, "right sits beside front, aligned in height");
    assert.ok(right.minX > front.maxX, "right is right of front");
    const scale = pixelsPerUnit(svg);
    assert.ok(Math.abs(right.maxX - right.minX - 20 * scale) < 0.01, "the right view shows the 20 mm depth at the same scale");
    readSvg(new TextEncoder().encode(svg));
  });

  it("refuses bad output options with 400s that name the field", () => {
    const refuses = (format: ExportFormat, fields: Record<string, string>, param: string, pattern: RegExp) =>
      assert.throws(() => checkOutputOptions(format, parseOutputFields(fields)), (error) => isPartforgeError(error) && error.httpStatus === 400 && error.param === param && pattern.test(error.message));
    refuses("svg", { out_view: "sideways" }, "out_view", /not a view: use iso, front, back, left, right, top, bottom or a direction x,y,z/);
    refuses("svg", { out_view: "0,0,0" }, "out_view", /zero direction/);
    refuses("svg", { out_width: "-5" }, "out_width", /whole number of pixels from 16 to 8192/);
    refuses("svg", { out_height: "1e9" }, "out_height", /from 16 to 8192/);
    refuses("svg", { out_views: "front,iso,front" }, "out_views", /1 to 6 different named views/);
    refuses("svg", { out_views: "1,0,0" }, "out_views", /not a view|named views only/);
    refuses("svg", { out_view: "top", out_views: "front,top" }, "out_views", /not both/);
    refuses("svg", { out_z: "3" }, "out_z", /does not apply to type=SVG; it applies to DXF/);
    refuses("stl", { out_view: "top" }, "out_view", /does not apply to type=STL/);
    refuses("svg", { out_colour: "red" }, "out_colour", /unknown output option "out_colour"/);
    refuses("svg", { out_hidden: "maybe" }, "out_hidden", /true or false/);
    refuses("props", { out_material: "unobtainium" }, "out_material", /not in the material table: use one of pla/);
    refuses("props", { out_density: "-1" }, "out_density", /above 0/);
  });
});

const GAPPED = `export const METADATA = { name: "Two plates" };
export function build() { return Workplane("XY").box(10, 10, 2).union(Workplane("XY").box(10, 10, 2).translate([0, 0, 10])); }`;

describe("DXF outlines", () => {
  before(() => loadKernel());

  it("keeps lines and arcs exact: a plate with rounded corners and a bore is one polyline with bulges and one circle", async () => {
    const source = `export function build() { return Workplane("XY").box(40, 20, 5).edges("|Z").fillet(4).faces(">Z").workplane().hole(6); }`;
    const bytes = await build(source, "js", "dxf");
    const dxf = text(bytes);
    const parsed = readWithDxfParser(bytes);
    assert.deepEqual(parsed.entities.map((e) => e.type).sort(), ["CIRCLE", "LWPOLYLINE"]);
    const polyline = parsed.entities.find((e) => e.type === "LWPOLYLINE")!;
    assert.equal(polyline.shape, true, "closed");
    assert.equal(polyline.vertices!.length, 8, "four lines and four arcs");
    const bulges = [...dxf.slice(dxf.indexOf("ENTITIES")).matchAll(/\r\n42\r\n(-?[\d.e-]+)/g)].map((m) => Math.abs(Number(m[1])));
    assert.equal(bulges.length, 4);
    for (const bulge of bulges) assert.ok(Math.abs(bulge - Math.tan(Math.PI / 8)) < 1e-12, `quarter-circle bulge ${bulge}`);
    assert.match(dxf, /\r\nCIRCLE\r\n[\s\S]*?\r\n40\r\n3\.0\r\n/);
    if (ezdxfMissing() === false) {
      const reading = await readWithEzdxf(bytes);
      const expected = 40 * 20 - (4 - Math.PI) * 16 - Math.PI * 9;
      assert.ok(Math.abs(reading.area - expected) < 1e-6 * expected, `area ${reading.area}, expected ${expected}`);
    }
  });

  it("writes a spline edge of the section as an exact SPLINE that ezdxf reads, in a closed chain", async () => {
    const source = `export function build() { return Workplane("XY").lineTo(30, 0).lineTo(30, 10).spline([[20, 18], [8, 12], [0, 16]], { includeCurrent: true }).close().extrude(4); }`;
    const bytes = await build(source, "js", "dxf");
    const parsed = readWithDxfParser(bytes);
    const types = parsed.entities.map((e) => e.type).sort();
    assert.ok(types.includes("SPLINE"), `entities ${types}`);
    assert.ok(!types.includes("LWPOLYLINE"), "a loop holding a spline is written entity by entity");
    if (ezdxfMissing() === false) {
      const reading = await readWithEzdxf(bytes);
      assert.deepEqual(reading.auditErrors, []);
      assert.equal(reading.entities.SPLINE, 1);
    }
  });

  it("cuts at out_z and outlines a view with out_view", async () => {
    const low = readWithDxfParser(await build(GAPPED, "js", "dxf", { out_z: "0.5" }));
    assert.equal(low.entities.length, 1);
    const top = text(await build(BORED_BOX, "js", "dxf", { out_view: "top" }));
    assert.match(top, /outline of the top view/);
    const parsed = readWithDxfParser(new TextEncoder().encode(top));
    assert.ok(parsed.entities.some((e) => e.type === "CIRCLE"), "the bore seen from the top");
  });

  it("answers an empty section or an out_z outside the part with a 400 saying where the part is", async () => {
    await assert.rejects(build(GAPPED, "js", "dxf"), (error) =>
      isPartforgeError(error) && error.httpStatus === 400 && error.param === "out_z" &&
      /the section at z=5 mm is empty: the part spans z from -1 to 11 mm \(x -5 to 5, y -5 to 5\); give out_z where the part has material/.test(error.message));
    await assert.rejects(build(BORED_BOX, "js", "dxf", { out_z: "40" }), (error) =>
      isPartforgeError(error) && error.httpStatus === 400 && error.param === "out_z" && /out_z=40 is outside the part: the part spans z from -15 to 15 mm/.test(error.message));
    assert.throws(() => checkOutputOptions("dxf", parseOutputFields({ out_z: "1", out_view: "top" })), /not both/);
    assert.throws(() => checkOutputOptions("dxf", parseOutputFields({ out_z: "high" })), /out_z must be a number; got "high"/);
  });
});
