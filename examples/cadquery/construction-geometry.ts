/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Using construction Geometry"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Using construction Geometry", description: "Holes at the corners of a construction rectangle", license: "Apache-2.0" };

export const p_spacing = FloatParam({ min: 0.5, max: 1.8, default: 1.5, desc: "Hole spacing", presets: { tight: 1 } });

export function build() {
  return Workplane("front").box(2, 2, 0.5).faces(">Z").workplane().rect(p_spacing.value, p_spacing.value, { forConstruction: true }).vertices().hole(0.125);
}
