/**
 * Ported from CadQuery's documentation examples (doc/examples.rst, "The Classic OCC Bottle"),
 * with parameters added.
 */
import { Workplane, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "The Classic OCC Bottle", description: "OCC's bottle: a mirrored profile, a neck and a shell", license: "Apache-2.0" };

export const p_length = FloatParam({ min: 10, max: 40, default: 20, desc: "Length", presets: { wide: 30 } });
export const p_height = FloatParam({ min: 10, max: 60, default: 30, desc: "Body height" });

export function build() {
  const [L, w, t] = [p_length.value, 6, 3];
  const body = Workplane("XY")
    .center(-L / 2, 0)
    .vLine(w / 2)
    .threePointArc([L / 2, w / 2 + t], [L, w / 2])
    .vLine(-w / 2)
    .mirrorX()
    .extrude(p_height.value, { both: true });
  const necked = body.faces(">Z").workplane({ centerOption: "CenterOfMass" }).circle(3).extrude(2, { combine: true });
  return necked.faces(">Z").shell(0.3);
}
