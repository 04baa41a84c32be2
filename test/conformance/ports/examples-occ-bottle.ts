// Port of programs/examples-occ-bottle.py (CadQuery doc/examples.rst, section "The Classic OCC Bottle"), line for line.
import * as cq from "partforge";

export function build() {
  const [L, w, t] = [20.0, 6.0, 3.0];
  const s = cq.Workplane("XY");

  // Draw half the profile of the bottle and extrude it
  let p = s.center(-L / 2.0, 0)
    .vLine(w / 2.0)
    .threePointArc([L / 2.0, w / 2.0 + t], [L, w / 2.0])
    .vLine(-w / 2.0)
    .mirrorX()
    .extrude(30.0, true);

  // Make the neck
  p = p.faces(">Z").workplane({ centerOption: "CenterOfMass" }).circle(3.0).extrude(2.0, true);

  // Make a shell
  const result = p.faces(">Z").shell(0.3);
  return result;
}
