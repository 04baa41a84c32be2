/** CadQuery's free function `text`: flat letters as faces, from partforge's bundled fonts. */
import { type Shape } from "../shape.ts";
import { WorkplaneImpl } from "../workplane.ts";
import type { funcArgs } from "../signatures/generated.ts";
import { bind, compoundOrShape, funcError, notSupported } from "./parts.ts";
import { clean } from "./booleans.ts";

/**
 * The text `txt` of height `size` as planar faces on the XY plane (the fonts partforge bundles;
 * `path` to a font file and the forms on a spine are not supported).
 * @example func.text("Hi", 10).Faces().length // 2
 */
export function text(...args: funcArgs["text"]): Shape {
  const bound = bind("text", args);
  if (bound.form !== 0) notSupported("text", "text along a spine (and on a base surface) is not implemented yet");
  const { txt, size, font, path, kind, halign, valign } = bound;
  if (path !== undefined) notSupported("text", "path: scripts cannot read font files; use font with a bundled family");
  if (!(size > 0)) funcError("text", `size must be greater than 0; got ${size}`);
  const faces = new WorkplaneImpl().text(txt, size, 0, { font, kind, halign, valign }).vals() as Shape[];
  return clean(compoundOrShape(faces));
}
