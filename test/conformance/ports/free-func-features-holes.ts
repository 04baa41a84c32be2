// Port of programs/free-func-features-holes.py (CadQuery doc/free-func.rst, section "Adding features manually"), line for line.
import { func } from "partforge";
const { box, extrude, circle, solid } = func; // Python: from cadquery.func import *

export function build() {
  const w = 1;
  const r = 0.9*w/2;

  // box
  const b = box(w, w, w);
  // bottom face
  const b_bot = b.faces('<Z');
  // top faces
  const b_top = b.faces('>Z');

  // inner face
  const inner = extrude(circle(r), [0,0,w]);

  // add holes to the bottom and top face
  const b_bot_hole = b_bot.addHole(inner.edges('<Z'));
  const b_top_hole = b_top.addHole(inner.edges('>Z'));

  // construct the final solid
  const result = solid(
    b.remove(b_top, b_bot).faces(), //side faces
    b_bot_hole, // bottom with a hole
    inner, // inner cylinder face
    b_top_hole, // top with a hole
  );
  return result;
}
