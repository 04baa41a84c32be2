// Port of programs/workplane-introspective-chain.py (CadQuery doc/workplane.rst, section "An Introspective Example"), line for line.
import * as cq from "partforge";

export function build() {
  const part = cq
    .Workplane()
    .box(1, 1, 1)
    .tag("base")
    .wires(">Z")
    .toPending()
    .translate([0.1, 0.1, 1.0])
    .toPending()
    .loft()
    .faces(">>X", { tag: "base" })
    .workplane({ centerOption: "CenterOfMass" })
    .circle(0.2)
    .extrude(1);
  return part;
}
