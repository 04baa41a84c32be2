/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Rotated Workplanes"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Rotated Workplanes", description: "Holes on a tilted construction rectangle", license: "Apache-2.0" };

export const p_tilt = FloatParam({ min: 0, max: 80, default: 60, desc: "Tilt of the workplane (degrees)", presets: { flat: 0 } });

export function build() {
  return Workplane("front")
    .box(4, 4, 0.25)
    .faces(">Z")
    .workplane()
    .transformed({ offset: [0, -1.5, 1], rotate: [p_tilt.value, 0, 0] })
    .rect(1.5, 1.5, { forConstruction: true })
    .vertices()
    .hole(0.25);
}
