import { Workplane, FloatParam, IntParam, BooleanParam } from "partforge";

export const UOM = "mm";                 // unit of measure: mm (default), cm, m, in, ft
export const VERSION = "1.0";            // script format version
export const METADATA = {
  name: "Bored block",
  description: "A 20 × 10 mm bar bored end to end (Ø 5 mm), with a row of cross holes through the top into the bore.",
  license: "CC-BY-4.0",
};

export const p_length = FloatParam({ min: 30, max: 200, group: "Basics", desc: "Length of the block",
                                     presets: { default: 100, short: 50, long: 180 } });
export const p_holes  = IntParam({ min: 0, max: 8, default: 2, desc: "Number of holes" });
export const p_round  = BooleanParam({ default: true, desc: "Round the vertical edges" });

const WIDTH = 20;
const HEIGHT = 10;
const BORE = 5;           // diameter of the lengthwise bore
const HOLE = 4;           // diameter of a cross hole, when they have room
const END_MARGIN = 6;     // from each end to the centre of the outermost cross hole

export function build() {
  const length = p_length.value;
  let part = Workplane("XY").box(length, WIDTH, HEIGHT);
  if (p_round.value) part = part.edges("|Z").fillet(2);
  // The bore: through the whole length, on the block's axis.
  part = part.faces(">X").workplane().hole(BORE);
  const holes = p_holes.value;
  if (holes > 0) {
    // Evenly spread between the end margins; thinner when many share a short block, so they never merge.
    const pitch = holes === 1 ? 0 : (length - 2 * END_MARGIN) / (holes - 1);
    const diameter = holes === 1 ? HOLE : Math.min(HOLE, 0.6 * pitch);
    // The origin is given: by default a new workplane projects the current one's (the bore's, at
    // the >X end) onto the face, which would centre the row on the block's end.
    part = part.faces(">Z").workplane({ origin: [0, 0, 0] }).rarray(Math.max(pitch, 1), 1, holes, 1).hole(diameter);
  }
  return part;
}
