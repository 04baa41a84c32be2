/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Using Point Lists"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Using Point Lists", description: "Holes at a list of points", license: "Apache-2.0" };

export const p_hole = FloatParam({ min: 0.05, max: 0.4, default: 0.25, desc: "Hole radius", presets: { fine: 0.1 } });

export function build() {
  const r = 2;
  const points: [number, number][] = [[0, r / 2], [r / 2, 0], [0, -r / 2], [-r / 2, 0]];
  return Workplane("front").circle(r).pushPoints(points).circle(p_hole.value).extrude(0.125);
}
