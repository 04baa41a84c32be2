/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Rounding Corners with Fillet"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Rounding Corners with Fillet", description: "A plate with rounded vertical edges", license: "Apache-2.0" };

export const p_radius = FloatParam({ min: 0.01, max: 1.4, default: 0.125, desc: "Fillet radius", presets: { round: 1 } });

export function build() {
  return Workplane("XY").box(3, 3, 0.5).edges("|Z").fillet(p_radius.value);
}
