/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "An extruded prismatic solid"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "An extruded prismatic solid", description: "A disc with a rectangular cut-out, extruded in one step", license: "Apache-2.0" };

export const p_radius = FloatParam({ min: 0.5, max: 10, default: 2, desc: "Disc radius", presets: { big: 4 } });

export function build() {
  return Workplane("front").circle(p_radius.value).rect(0.5, 0.75).extrude(0.5);
}
