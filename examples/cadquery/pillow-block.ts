/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "A Parametric Bearing Pillow Block"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "A Parametric Bearing Pillow Block", description: "A bearing block with counterbored mounting holes", license: "Apache-2.0" };

export const p_bearing = FloatParam({ min: 5, max: 25, default: 22, desc: "Bearing diameter", presets: { small: 12 } });
export const p_thickness = FloatParam({ min: 5, max: 30, default: 10, desc: "Thickness" });

export function build() {
  const [length, height, padding] = [30, 40, 8];
  return Workplane("XY")
    .box(length, height, p_thickness.value)
    .faces(">Z")
    .workplane()
    .hole(p_bearing.value)
    .faces(">Z")
    .workplane()
    .rect(length - padding, height - padding, { forConstruction: true })
    .vertices()
    .cboreHole(2.4, 4.4, 2.1);
}
