/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Making Lofts"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Making Lofts", description: "A loft from a circle to a rectangle on a plate", license: "Apache-2.0" };

export const p_height = FloatParam({ min: 0.5, max: 10, default: 3, desc: "Loft height", presets: { tall: 6 } });

export function build() {
  return Workplane("front").box(4, 4, 0.25).faces(">Z").circle(1.5).workplane({ offset: p_height.value }).rect(0.75, 0.5).loft({ combine: true });
}
