/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Building Profiles using lines and arcs"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Building Profiles using lines and arcs", description: "A profile of lines and a three-point arc", license: "Apache-2.0" };

export const p_width = FloatParam({ min: 1, max: 10, default: 2, desc: "Width of the profile", presets: { long: 5 } });

export function build() {
  const w = p_width.value;
  return Workplane("front").lineTo(w, 0).lineTo(w, 1).threePointArc([w / 2, 1.5], [0, 1]).close().extrude(0.25);
}
