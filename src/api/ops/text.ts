/**
 * CadQuery's `text`: glyph outlines of a bundled open-licence font (DejaVu, from the
 * `dejavu-fonts-ttf` package, read with opentype.js) become faces on the workplane, extruded by
 * `distance` and cut from (default), fused with, or kept apart from the solid in context.
 * No font file is read from the script's side: `fontPath` is not supported.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import opentype, { type Font } from "opentype.js";
import { makeBezierEdge, makeWire, prism } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { apiError, booleanValue, finiteNumber, oneOf, positiveNumber, readOptions } from "../options.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { combineWithBase } from "./context.ts";
import { lineEdge } from "./drawing.ts";
import { wiresToFaces } from "./faces.ts";
import { combineMode } from "./profiles.ts";

const require = createRequire(import.meta.url);

type Kind = "regular" | "bold" | "italic";

/** The bundled families; any other name (CadQuery's default "Arial" too) uses DejaVu Sans. */
const FAMILIES: Readonly<Record<string, Record<Kind, string>>> = {
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

export interface TextOptions {
  /** "cut" (default, as CadQuery), true/"a" to fuse, false to keep apart. */
  combine?: boolean | "a" | "s" | "cut";
  clean?: boolean;
  /** "DejaVu Sans" (default for any unknown name, e.g. "Arial"), "DejaVu Sans Mono" or "DejaVu Serif". */
  font?: string;
  /** Not supported: scripts cannot read files. */
  fontPath?: string;
  kind?: Kind;
  halign?: "center" | "left" | "right";
  valign?: "center" | "top" | "bottom";
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

export function text(wp: WorkplaneImpl, txt: string, fontsize: number, distance: number, options?: TextOptions): WorkplaneImpl {
  const method = "text";
  if (typeof txt !== "string" || txt.trim() === "") apiError(method, "txt must be a non-empty string");
  positiveNumber(method, "fontsize", fontsize);
  finiteNumber(method, "distance", distance);
  const opts = readOptions(method, options, {
    combine: "cut" as TextOptions["combine"],
    clean: true,
    font: "Arial",
    fontPath: undefined as string | undefined,
    kind: "regular" as Kind,
    halign: "center" as "center" | "left" | "right",
    valign: "center" as "center" | "top" | "bottom",
  });
  if (opts.fontPath !== undefined) {
    throw new PartforgeError("NOT_SUPPORTED", `text: fontPath is not supported (scripts cannot read files); use font: ${Object.keys(FAMILIES).map((f) => `"${f}"`).join(", ")}`);
  }
  const kind = oneOf(method, "kind", opts.kind, ["regular", "bold", "italic"] as const);
  const halign = oneOf(method, "halign", opts.halign, ["center", "left", "right"] as const);
  const valign = oneOf(method, "valign", opts.valign, ["center", "top", "bottom"] as const);
  const font = fontFor(String(opts.font), kind);
  const outlines = contours(font, txt, fontsize);
  const points = outlines.flatMap((c) => c.edges.flatMap((e) => e.points));
  if (points.length === 0) apiError(method, `the text ${JSON.stringify(txt)} has no visible glyphs`);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const advance = font.getAdvanceWidth(txt, fontsize);
  const dx = halign === "left" ? 0 : halign === "right" ? -advance : -(Math.min(...xs) + Math.max(...xs)) / 2;
  const dy = valign === "bottom" ? -Math.min(...ys) : valign === "top" ? -Math.max(...ys) : -(Math.min(...ys) + Math.max(...ys)) / 2;
  const plane = wp.state.plane;
  const world = (p: Point) => plane.toWorldCoords([p[0] + dx, p[1] + dy]);
  const wires = outlines.map((outline) => {
    const edges = outline.edges.map((edge) =>
      edge.kind === "line" ? unwrapShape(lineEdge(world(edge.points[0]!), world(edge.points[1]!))) : makeBezierEdge(edge.points.map((p) => world(p).toTuple())),
    );
    return wrapShape(makeWire(edges));
  });
  const faces = wiresToFaces(wires, plane);
  // A distance of 0 gives the flat letters (faces), as CadQuery.
  if (distance === 0) return wp.newObject(faces);
  const vector: Vector = plane.zDir.multiply(finiteNumber(method, "distance", distance));
  const solids: Shape[] = faces.map((face) => wrapShape(prism(unwrapShape(face), vector.toTuple())));
  return combineWithBase(wp, solids, combineMode(method, opts.combine), booleanValue(method, "clean", opts.clean));
}
