/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Creating Workplanes on Faces"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Creating Workplanes on Faces", description: "A hole through a new workplane on the top face", license: "Apache-2.0" };

export const p_hole = FloatParam({ min: 0.1, max: 1.8, default: 0.5, desc: "Hole diameter", presets: { big: 1.5 } });

export function build() {
  return Workplane("front").box(2, 3, 0.5).faces(">Z").workplane().hole(p_hole.value);
}
