/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Splitting an Object"),
 * with parameters added.
 */
import { Workplane, BooleanParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Splitting an Object", description: "A holed cube cut in half", license: "Apache-2.0" };

export const p_keep_top = BooleanParam({ default: true, desc: "Keep the top half (else the bottom)", presets: { bottom: false } });

export function build() {
  const cube = Workplane("XY").box(1, 1, 1).faces(">Z").workplane().circle(0.25).cutThruAll();
  return cube.faces(">Y").workplane(-0.5).split(p_keep_top.value ? { keepTop: true } : { keepBottom: true });
}
