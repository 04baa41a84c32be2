import { Workplane, FloatParam, IntParam, BooleanParam } from "partforge";

export const UOM = "mm";                 // unit of measure: mm (default), cm, m, in, ft
export const VERSION = "1.0";            // script format version
export const METADATA = { name: "Bored block", description: "A block with a bore", license: "CC-BY-4.0" };

export const p_length = FloatParam({ min: 30, max: 200, group: "Basics", desc: "Length of the block",
                                     presets: { default: 100, short: 50, long: 180 } });
export const p_holes  = IntParam({ min: 0, max: 8, default: 2, desc: "Number of holes" });
export const p_round  = BooleanParam({ default: true, desc: "Round the vertical edges" });

export function build() {
  let part = Workplane("XY").box(p_length.value, 20, 10);
  if (p_round.value) part = part.edges("|Z").fillet(2);
  return part;
}
