/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Offset Workplanes"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Offset Workplanes", description: "A disc on a workplane set off from a side face", license: "Apache-2.0" };

export const p_offset = FloatParam({ min: 0, max: 3, default: 0.75, desc: "Offset from the face", presets: { touching: 0 } });

export function build() {
  return Workplane("front").box(3, 2, 0.5).faces("<X").workplane({ offset: p_offset.value }).circle(1).extrude(0.5);
}
