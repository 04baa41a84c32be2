/**
 * CadQuery's `text`: glyph outlines of a bundled open-licence font (DejaVu, from the
 * `dejavu-fonts-ttf` package, read with opentype.js) become faces on the workplane, extruded by
 * `distance` and cut from (default), fused with, or kept apart from the solid in context.
 * No font file is read from the script's side: `fontPath` is not supported.
 */
import { prism } from "../../kernel/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { apiError, booleanValue, finiteNumber, oneOf, positiveNumber, readOptions } from "../options.ts";
import { unwrapShape, wrapShape, type Shape } from "../shape.ts";
import { Vector } from "../vector.ts";
import type { WorkplaneImpl } from "../workplane.ts";
import { combineWithBase } from "./context.ts";
import { FAMILIES, textFaces, type Kind } from "./glyphs.ts";
import { combineMode } from "./profiles.ts";

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
  const plane = wp.state.plane;
  const faces = textFaces(method, txt, fontsize, plane, { font: String(opts.font), kind, halign, valign });
  // A distance of 0 gives the flat letters (faces), as CadQuery.
  if (distance === 0) return wp.newObject(faces);
  const vector: Vector = plane.zDir.multiply(finiteNumber(method, "distance", distance));
  const solids: Shape[] = faces.map((face) => wrapShape(prism(unwrapShape(face), vector.toTuple())));
  return combineWithBase(wp, solids, combineMode(method, opts.combine), booleanValue(method, "clean", opts.clean));
}
