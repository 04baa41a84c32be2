/**
 * CadQuery's `text`: glyph outlines of a bundled open-licence font (DejaVu, from the
 * `dejavu-fonts-ttf` package, read with opentype.js) become faces on the workplane, extruded by
 * `distance` and cut from (default), fused with, or kept apart from the solid in context.
 * No font file is read from the script's side: `fontPath` may only name a bundled file.
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

/** The bundled DejaVu families and their faces (files of the `dejavu-fonts-ttf` package). */
const FAMILIES: Readonly<Record<string, Record<Kind, string>>> = {
  "DejaVu Sans": { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", italic: "DejaVuSans-Oblique.ttf" },
  "DejaVu Sans Mono": { regular: "DejaVuSansMono.ttf", bold: "DejaVuSansMono-Bold.ttf", italic: "DejaVuSansMono-Oblique.ttf" },
  "DejaVu Serif": { regular: "DejaVuSerif.ttf", bold: "DejaVuSerif-Bold.ttf", italic: "DejaVuSerif-Italic.ttf" },
};

/**
 * The names `font` accepts (any case): the families, their short names, the CSS generic names,
 * and CadQuery's default "Arial" (OCCT's font manager falls back to its sans-serif font, DejaVu
 * Sans on Linux, when Arial is not installed).
 */
const FONT_NAMES: Readonly<Record<string, string>> = {
  "dejavu sans": "DejaVu Sans",
  sans: "DejaVu Sans",
  "sans-serif": "DejaVu Sans",
  arial: "DejaVu Sans",
  "dejavu serif": "DejaVu Serif",
  serif: "DejaVu Serif",
  "dejavu sans mono": "DejaVu Sans Mono",
  mono: "DejaVu Sans Mono",
  monospace: "DejaVu Sans Mono",
};

/** Every bundled font file `fontPath` may name (with or without a directory). */
const BUNDLED_FILES: readonly string[] = [
  ...new Set(Object.values(FAMILIES).flatMap((faces) => Object.values(faces))),
  "DejaVuSans-BoldOblique.ttf",
  "DejaVuSansMono-BoldOblique.ttf",
  "DejaVuSerif-BoldItalic.ttf",
  "DejaVuSansCondensed.ttf",
  "DejaVuSansCondensed-Bold.ttf",
  "DejaVuSansCondensed-Oblique.ttf",
  "DejaVuSansCondensed-BoldOblique.ttf",
  "DejaVuSerifCondensed.ttf",
  "DejaVuSerifCondensed-Bold.ttf",
  "DejaVuSerifCondensed-Italic.ttf",
  "DejaVuSerifCondensed-BoldItalic.ttf",
  "DejaVuSans-ExtraLight.ttf",
];

const loaded = new Map<string, Font>();

function loadFile(file: string): Font {
  let font = loaded.get(file);
  if (font === undefined) {
    const bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    loaded.set(file, font);
  }
  return font;
}

/** The family `font` names, or a script error listing the names there are. */
function familyNamed(font: unknown): string {
  const family = typeof font === "string" ? FONT_NAMES[font.trim().toLowerCase()] : undefined;
  if (family === undefined) {
    apiError(
      "text",
      `unknown font ${JSON.stringify(font)}: the bundled fonts are "DejaVu Sans" (also "Sans", "sans-serif" and CadQuery's default "Arial"), ` +
        `"DejaVu Serif" (also "Serif", "serif") and "DejaVu Sans Mono" (also "Mono", "monospace")`,
    );
  }
  return family;
}

/**
 * The bundled file `fontPath` names: its last path segment must be one of the bundled DejaVu
 * files (Debian's own path, /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf, works as is).
 * As CadQuery, a font file is used for whatever `kind` asks.
 */
function fileNamed(fontPath: string): string {
  const name = fontPath.split(/[\\/]/).pop() ?? "";
  const file = BUNDLED_FILES.find((f) => f.toLowerCase() === name.toLowerCase());
  if (file === undefined) {
    throw new PartforgeError(
      "NOT_SUPPORTED",
      `text: fontPath ${JSON.stringify(fontPath)} is not a bundled font (scripts cannot read font files); ` +
        `name one of the bundled DejaVu files (${BUNDLED_FILES.join(", ")}), or use font: "Sans", "Serif" or "Mono"`,
    );
  }
  return file;
}

export interface TextOptions {
  /** "cut" (default, as CadQuery), true/"a" to fuse, false to keep apart. */
  combine?: boolean | "a" | "s" | "cut";
  clean?: boolean;
  /** "DejaVu Sans" (also "Sans", "sans-serif", "Arial": the default), "DejaVu Serif" ("Serif") or "DejaVu Sans Mono" ("Mono"). */
  font?: string;
  /** A bundled DejaVu font file by name (a directory before it is ignored), e.g. "DejaVuSerif-Bold.ttf"; scripts cannot read other files. */
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
  const kind = oneOf(method, "kind", opts.kind, ["regular", "bold", "italic"] as const);
  // CadQuery: a font file given by fontPath wins over the font name.
  const fontPath = opts.fontPath === undefined || opts.fontPath === "" ? undefined : String(opts.fontPath);
  const fontFile = fontPath !== undefined ? fileNamed(fontPath) : FAMILIES[familyNamed(opts.font)]![kind];
  const halign = oneOf(method, "halign", opts.halign, ["center", "left", "right"] as const);
  const valign = oneOf(method, "valign", opts.valign, ["center", "top", "bottom"] as const);
  const font = loadFile(fontFile);
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
