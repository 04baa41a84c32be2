/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Tagging objects"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Tagging objects", description: "Two bosses from one tagged base workplane", license: "Apache-2.0" };

export const p_height = FloatParam({ min: 0.5, max: 6, default: 3, desc: "Height of the first boss", presets: { low: 1 } });

export function build() {
  return Workplane("XY")
    .box(10, 10, 10)
    .faces(">Z")
    .workplane()
    .tag("baseplane")
    .center(-3, 0)
    .circle(1)
    .extrude(p_height.value)
    .workplaneFromTagged("baseplane")
    .center(3, 0)
    .circle(1)
    .extrude(2);
}
