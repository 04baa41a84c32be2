// Port of programs/examples-offset2d-kinds.py (CadQuery doc/examples.rst, section "Offsetting wires in 2D"), line for line.
import * as cq from "partforge";

export function build() {
  const original = cq.Workplane().polygon(5, 10).extrude(0.1).translate([0, 0, 2]);
  const arc = cq.Workplane().polygon(5, 10).offset2D(1, "arc").extrude(0.1).translate([0, 0, 1]);
  const intersection = cq.Workplane().polygon(5, 10).offset2D(1, "intersection").extrude(0.1);
  const result = original.add(arc).add(intersection);
  return result;
}
