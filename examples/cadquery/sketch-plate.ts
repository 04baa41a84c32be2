/**
 * In the style of CadQuery's sketch tutorial (doc/sketch.rst), not a line-for-line port,
 * with parameters added.
 */
import { Workplane, Sketch, FloatParam, IntParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Sketch plate (in the style of CadQuery's sketch tutorial)", description: "A plate from a Sketch: a rounded rectangle with a slot array, placed and extruded", license: "Apache-2.0" };

export const p_slots = IntParam({ min: 1, max: 6, default: 3, desc: "Number of slots", presets: { many: 5 } });
export const p_fillet = FloatParam({ min: 0.1, max: 2, default: 1, desc: "Corner fillet" });

export function build() {
  const plate = Sketch()
    .rect(30, 16)
    .vertices()
    .fillet(p_fillet.value)
    .reset()
    .rarray(6, 1, p_slots.value, 1)
    .slot(6, 1, 90, { mode: "s" });
  return Workplane().placeSketch(plate).extrude(2);
}
