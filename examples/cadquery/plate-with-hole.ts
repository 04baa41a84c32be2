/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Plate with Hole"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Plate with Hole", description: "A block with a centred through hole", license: "Apache-2.0" };

export const p_hole = FloatParam({ min: 1, max: 70, default: 22, desc: "Hole diameter", presets: { small: 10 } });

export function build() {
  const [length, height, thickness] = [80, 60, 10];
  return Workplane("XY").box(length, height, thickness).faces(">Z").workplane().hole(p_hole.value);
}
