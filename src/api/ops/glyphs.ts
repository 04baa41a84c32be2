/**
 * Text as planar faces: glyph outlines of the bundled DejaVu fonts (npm `dejavu-fonts-ttf`, read
 * with opentype.js), aligned as CadQuery aligns them, made into faces with their holes on a
 * plane. Used by `Workplane.text` and `Compound.makeText`; imports no shape class.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import opentype, { type Font } from "opentype.js";
import { makeBezierEdge, makeLineEdge, makeWire } from "../../kernel/index.ts";
import { apiError } from "../options.ts";
import type { Plane } from "../plane.ts";
import type { Shape } from "../shapes/shape.ts";
import { wrapShape } from "../shapes/wrap.ts";
import { wiresToFaces } from "./faces.ts";

const require = createRequire(import.meta.url);

export type Kind = "regular" | "bold" | "italic";

/** The bundled families; any other name (CadQuery's default "Arial" too) uses DejaVu Sans. */
export const FAMILIES: Readonly<Record<string, Record<Kind, string>>> = {
  "DejaVu Sans": { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", italic: "DejaVuSans-Oblique.ttf" },
  "DejaVu Sans Mono": { regular: "DejaVuSansMono.ttf", bold: "DejaVuSansMono-Bold.ttf", italic: "DejaVuSansMono-Oblique.ttf" },
  "DejaVu Serif": { regular: "DejaVuSerif.ttf", bold: "DejaVuSerif-Bold.ttf", italic: "DejaVuSerif-Italic.ttf" },
};

const loaded = new Map<string, Font>();

function fontFor(family: string, kind: Kind): Font {
  const file = (FAMILIES[family] ?? FAMILIES["DejaVu Sans"]!)[kind];
  let font = loaded.get(file);
  if (font === undefined) {
    const bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    loaded.set(file, font);
  }
  return font;
}


type Point = [number, number];

/** Closed contours of the text as lists of edges in plane-local (x, y), y up. */
function contours(font: Font, txt: string, fontsize: number): { edges: { kind: "line" | "bezier"; points: Point[] }[] }[] {
  const path = font.getPath(txt, 0, 0, fontsize);
  const result: { edges: { kind: "line" | "bezier"; points: Point[] }[] }[] = [];
  let current: { kind: "line" | "bezier"; points: Point[] }[] = [];
  let start: Point = [0, 0];
  let pen: Point = [0, 0];
  const at = (x: number | undefined, y: number | undefined): Point => [x ?? 0, -(y ?? 0)];
  const same = (a: Point, b: Point) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
  for (const command of path.commands) {
    if (command.type === "M") {
      if (current.length > 0) result.push({ edges: current });
      current = [];
      start = pen = at(command.x, command.y);
    } else if (command.type === "L") {
      const to = at(command.x, command.y);
      if (!same(pen, to)) current.push({ kind: "line", points: [pen, to] });
      pen = to;
    } else if (command.type === "Q") {
      const to = at(command.x, command.y);
      current.push({ kind: "bezier", points: [pen, at(command.x1, command.y1), to] });
      pen = to;
    } else if (command.type === "C") {
      const to = at(command.x, command.y);
      current.push({ kind: "bezier", points: [pen, at(command.x1, command.y1), at(command.x2, command.y2), to] });
      pen = to;
    } else if (command.type === "Z") {
      if (!same(pen, start)) current.push({ kind: "line", points: [pen, start] });
      if (current.length > 0) result.push({ edges: current });
      current = [];
      pen = start;
    }
  }
  if (current.length > 0) result.push({ edges: current });
  return result;
}

export interface GlyphOptions {
  font: string;
  kind: Kind;
  halign: "center" | "left" | "right";
  valign: "center" | "top" | "bottom";
}

/** The faces of `txt` at `fontsize` on `plane`, aligned by `halign`/`valign` about the plane's origin. */
export function textFaces(method: string, txt: string, fontsize: number, plane: Plane, options: GlyphOptions): Shape[] {
  const font = fontFor(options.font, options.kind);
  const outlines = contours(font, txt, fontsize);
  const points = outlines.flatMap((c) => c.edges.flatMap((e) => e.points));
  if (points.length === 0) apiError(method, `the text ${JSON.stringify(txt)} has no visible glyphs`);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const advance = font.getAdvanceWidth(txt, fontsize);
  const { halign, valign } = options;
  const dx = halign === "left" ? 0 : halign === "right" ? -advance : -(Math.min(...xs) + Math.max(...xs)) / 2;
  const dy = valign === "bottom" ? -Math.min(...ys) : valign === "top" ? -Math.max(...ys) : -(Math.min(...ys) + Math.max(...ys)) / 2;
  const world = (p: Point) => plane.toWorldCoords([p[0] + dx, p[1] + dy]).toTuple();
  const wires = outlines.map((outline) => {
    const edges = outline.edges.map((edge) =>
      edge.kind === "line" ? makeLineEdge(world(edge.points[0]!), world(edge.points[1]!)) : makeBezierEdge(edge.points.map(world)),
    );
    return wrapShape(makeWire(edges));
  });
  return wiresToFaces(wires, plane);
}
