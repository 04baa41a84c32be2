/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Mirroring From Faces"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Mirroring From Faces", description: "A step mirrored about its own face", license: "Apache-2.0" };

export const p_step = FloatParam({ min: 0.1, max: 0.9, default: 0.5, desc: "Height of the low side", presets: { shallow: 0.8 } });

export function build() {
  const part = Workplane("XY").line(0, 1).line(1, 0).line(0, -p_step.value).close().extrude(1);
  return part.mirror(part.faces(">X"), undefined, { union: true });
}
