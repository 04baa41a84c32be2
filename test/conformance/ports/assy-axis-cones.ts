// Port of programs/assy-axis-cones.py (CadQuery doc/assy.rst, section "Axis"), line for line.
import * as cq from "partforge";

export function build() {
  const cone = cq.Solid.makeCone(1, 0, 2);

  const assy = cq.Assembly();
  assy.add(cone, { name: "cone0", color: cq.Color("green") });
  assy.add(cone, { name: "cone1", color: cq.Color("blue") });
  assy.constrain("cone0@faces@<Z", "cone1@faces@<Z", "Axis");

  assy.solve();
  return assy;
}
