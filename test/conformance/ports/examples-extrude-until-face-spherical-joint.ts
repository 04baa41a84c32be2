// Port of programs/examples-extrude-until-face-spherical-joint.py (CadQuery doc/examples.rst, section "Extruding until a given face"), line for line.
import * as cq from "partforge";

export function build() {
  const sphere = cq.Workplane().sphere(5);
  let base = cq.Workplane({ origin: [0, 0, -2] }).box(12, 12, 10).cut(sphere).edges("|Z").fillet(2);
  const sphere_face = base.faces(">>X[2] and (not |Z) and (not |Y)").val();
  base = base.faces("<Z").workplane().circle(2).extrude(10);

  const shaft = cq.Workplane().sphere(4.5).circle(1.5).extrude(20);

  const spherical_joint = base.union(shaft)
    .faces(">X")
    .workplane({ centerOption: "CenterOfMass" })
    .move(0, 4)
    .slot2D(10, 2, 90)
    .cutBlind(sphere_face)
    .workplane({ offset: 10 })
    .move(0, 2)
    .circle(0.9)
    .extrude("next");

  const result = spherical_joint;
  return result;
}
