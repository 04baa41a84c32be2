// Port of programs/examples-lines-and-arcs.py (CadQuery doc/examples.rst, section "Building Profiles using lines and arcs"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane("front")
    .lineTo(2.0, 0)
    .lineTo(2.0, 1.0)
    .threePointArc([1.0, 1.5], [0.0, 1.0])
    .close()
    .extrude(0.25);
  return result;
}
