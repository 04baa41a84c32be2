// Port of programs/assy-axis-plate-cone.py (CadQuery doc/assy.rst, section "Axis"), line for line.
import * as cq from "partforge";

export function build() {
  const plate = cq.Workplane().box(10, 10, 1).faces(">Z").workplane().hole(2);
  const cone = cq.Solid.makeCone(0.8, 0, 4);

  const assy = cq.Assembly();
  assy.add(plate, { name: "plate", color: cq.Color("green") });
  assy.add(cone, { name: "cone", color: cq.Color("blue") });
  // place the center of the flat face of the cone in the center of the upper face of the plate
  assy.constrain("plate@faces@>Z", "cone@faces@<Z", "Point");

  // set both the flat face of the cone and the upper face of the plate to point in the same direction
  assy.constrain("plate@faces@>Z", "cone@faces@<Z", "Axis", { param: 0 });

  assy.solve();
  return assy;
}
