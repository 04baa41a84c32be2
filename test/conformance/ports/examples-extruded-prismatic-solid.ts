// Port of programs/examples-extruded-prismatic-solid.py (CadQuery doc/examples.rst, section "An extruded prismatic solid"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq.Workplane("front").circle(2.0).rect(0.5, 0.75).extrude(0.5);
  return result;
}
