/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Making Counter-bored and Counter-sunk Holes"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Making Counter-bored and Counter-sunk Holes", description: "Counterbored and countersunk holes in one plate", license: "Apache-2.0" };

export const p_diameter = FloatParam({ min: 0.05, max: 0.2, default: 0.125, desc: "Hole diameter", presets: { large: 0.2 } });

export function build() {
  const d = p_diameter.value;
  return Workplane("front")
    .box(4, 2, 0.5)
    .faces(">Z")
    .workplane()
    .rect(3.5, 1.5, { forConstruction: true })
    .vertices()
    .cboreHole(d, 2 * d, d)
    .faces(">Z")
    .workplane()
    .pushPoints([[0, 0]])
    .cskHole(d, 2 * d, 82);
}
