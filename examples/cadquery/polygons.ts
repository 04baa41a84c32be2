/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Polygons"),
 * with parameters added.
 */
import { Workplane, IntParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Polygons", description: "Hexagonal pockets cut through a plate", license: "Apache-2.0" };

export const p_sides = IntParam({ min: 3, max: 12, default: 6, desc: "Sides of the pockets", presets: { square: 4 } });

export function build() {
  return Workplane("front").box(3, 4, 0.25).pushPoints([[0, 0.75], [0, -0.75]]).polygon(p_sides.value, 1).cutThruAll();
}
