// Port of programs/assy-object-locations.py (CadQuery doc/assy.rst, section "Object locations"), line for line.
import * as cq from "partforge";

export function build() {
  const cone = cq.Solid.makeCone(1, 0, 2);

  const assy = cq.Assembly();
  assy.add(
    cone,
    {
      loc: cq.Location([0, 0, 0], [1, 0, 0], 180),
      name: "cone0",
      color: cq.Color("green"),
    },
  );
  assy.add(cone, { name: "cone1", color: cq.Color("blue") });

  return assy;
}
