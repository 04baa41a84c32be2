// Port of programs/free-func-features-protrusion.py (CadQuery doc/free-func.rst, section "Adding features manually"), line for line.
import { func } from "partforge";
const { box, extrude, circle, face, shell, solid } = func; // Python: from cadquery.func import *

export function build() {
  const w = 1;
  const h = 0.1;
  const r = 0.9*w/2;

  // box
  let b = box(w, w, w);
  // top face
  const b_top = b.faces('>Z');

  // protrusion
  const feat_side = extrude(circle(r).moved(b_top.Center()), [0,0,h]);
  const feat_top = face(feat_side.edges('>Z'));
  const feat = shell(feat_side, feat_top); // sew into a shell

  // add hole to the box
  const b_top_hole = b_top.addHole(feat.edges('<Z'));
  b = b.replace(b_top, b_top_hole);

  // local sewing - only two faces are taken into account
  const sh = shell(b_top_hole, feat.faces('<Z'), { ctx: [b, feat] });
  // construct the final solid
  const result = solid(sh);
  return result;
}
