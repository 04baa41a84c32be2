/**
 * In the style of CadQuery's assembly tutorial (doc/assy.rst), not a line-for-line port,
 * with parameters added.
 */
import { Workplane, Assembly, Color, Location, FloatParam } from "partforge";

export const UOM = "mm";
export const VERSION = "1.0";
export const METADATA = { name: "Pin assembly (in the style of CadQuery's assembly tutorial)", description: "A named, coloured assembly: a base plate and a pin", license: "Apache-2.0" };

export const p_pin_height = FloatParam({ min: 2, max: 20, default: 6, desc: "Pin height", presets: { tall: 15 } });

export function build() {
  const base = Workplane().box(20, 20, 2).faces(">Z").workplane().hole(4);
  const pin = Workplane().cylinder(p_pin_height.value, 1.9);
  return Assembly(base, { name: "base", color: Color("gray") })
    .add(pin, { name: "pin", loc: Location([0, 0, p_pin_height.value / 2 - 1]), color: Color("red") });
}
