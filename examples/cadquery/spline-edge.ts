/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Defining an Edge with a Spline"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Defining an Edge with a Spline", description: "A profile closed by a spline through points", license: "Apache-2.0" };

export const p_thickness = FloatParam({ min: 0.1, max: 3, default: 0.5, desc: "Thickness", presets: { thick: 1.5 } });

export function build() {
  const points: [number, number][] = [[2.75, 1.5], [2.5, 1.75], [2, 1.5], [1.5, 1], [1, 1.25], [0.5, 1], [0, 1]];
  return Workplane("XY").lineTo(3, 0).lineTo(3, 1).spline(points, { includeCurrent: true }).close().extrude(p_thickness.value);
}
