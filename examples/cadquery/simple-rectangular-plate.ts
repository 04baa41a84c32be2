/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Simple Rectangular Plate"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Simple Rectangular Plate", description: "A rectangular plate: the simplest possible solid", license: "Apache-2.0" };

export const p_length = FloatParam({ min: 0.5, max: 20, default: 2, desc: "Length", presets: { wide: 6 } });
export const p_thickness = FloatParam({ min: 0.1, max: 5, default: 0.5, desc: "Thickness" });

export function build() {
  return Workplane("front").box(p_length.value, 2, p_thickness.value);
}
