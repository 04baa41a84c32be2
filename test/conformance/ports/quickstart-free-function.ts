// Port of programs/quickstart-free-function.py (CadQuery doc/quickstart.rst, section "Free function equivalent"), line for line.
import { func } from "partforge";
const { rect, face, circle, extrude, fillet, prism } = func; // Python: from cadquery.func import *

export function build() {
  const height = 60.0;
  const width = 80.0;
  const thickness = 10.0;
  const diameter = 22.0;
  const padding = 12.0;
  const r_hole = 1.2;
  const r_cbore = 2.2;
  const d_cbore = thickness / 3;

  // construct hole locations
  const hole_locs = rect(height - padding, width - padding).vertices();

  // make the base
  const basef = face(
     rect(height, width),
     circle(diameter / 2),
  );

  // extrude
  let base = extrude(basef, [0, 0, thickness]);

  // fillet
  base = fillet(base, base.edges("|Z"), height / 10);

  // add a cbore
  const top = base.face(">Z");
  base = prism(base, null, circle(r_cbore).moved(hole_locs).moved(top), -d_cbore, { additive: false });
  base = prism(base, null, circle(r_hole).moved(hole_locs).moved(top), null, { additive: false });
  return base;
}
