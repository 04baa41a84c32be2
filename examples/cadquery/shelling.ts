/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "Shelling To Create Thin features"),
 * with parameters added.
 */
import { Workplane, FloatParam, BooleanParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Shelling To Create Thin features", description: "A box shelled open at the top, or closed", license: "Apache-2.0" };

export const p_wall = FloatParam({ min: 0.01, max: 0.5, default: 0.05, desc: "Wall thickness", presets: { thick: 0.2 } });
export const p_open = BooleanParam({ default: true, desc: "Open the top face" });

export function build() {
  const box = Workplane("front").box(2, 2, 2);
  return p_open.value ? box.faces("+Z").shell(p_wall.value) : box.shell(-p_wall.value);
}
