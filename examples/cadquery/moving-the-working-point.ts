/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Moving The Current working point"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Moving The Current working point", description: "center() moves the drawing origin between shapes", license: "Apache-2.0" };

export const p_radius = FloatParam({ min: 2.5, max: 6, default: 3, desc: "Outer radius", presets: { large: 5 } });

export function build() {
  return Workplane("front")
    .circle(p_radius.value)
    .center(1.5, 0)
    .rect(0.5, 0.5)
    .center(-1.5, 1.5)
    .circle(0.25)
    .extrude(0.25);
}
