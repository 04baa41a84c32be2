/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Locating a Workplane on a vertex"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Locating a Workplane on a vertex", description: "A corner cut around a vertex", license: "Apache-2.0" };

export const p_radius = FloatParam({ min: 0.2, max: 1.5, default: 1, desc: "Radius of the corner cut", presets: { small: 0.5 } });

export function build() {
  return Workplane("front")
    .box(3, 2, 0.5)
    .faces(">Z")
    .vertices("<XY")
    .workplane({ centerOption: "CenterOfMass" })
    .circle(p_radius.value)
    .cutThruAll();
}
