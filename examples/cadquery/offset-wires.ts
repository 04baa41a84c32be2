/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Offsetting wires in 2D"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Offsetting wires in 2D", description: "Counterbores inset from the outline with offset2D", license: "Apache-2.0" };

export const p_inset = FloatParam({ min: 0.15, max: 0.6, default: 0.25, desc: "Inset of the holes", presets: { deep: 0.5 } });

export function build() {
  return Workplane()
    .box(4, 2, 0.5)
    .faces(">Z")
    .edges()
    .toPending()
    .offset2D(-p_inset.value, { forConstruction: true })
    .vertices()
    .cboreHole(0.125, 0.25, 0.125);
}
