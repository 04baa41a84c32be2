// Port of programs/examples-workplane-on-vertex.py (CadQuery doc/examples.rst, section "Locating a Workplane on a vertex"), line for line.
import * as cq from "partforge";

export function build() {
  let result = cq.Workplane("front").box(3, 2, 0.5); // make a basic prism
  result = (
    result.faces(">Z").vertices("<XY").workplane({ centerOption: "CenterOfMass" })
  ); // select the lower left vertex and make a workplane
  result = result.circle(1.0).cutThruAll(); // cut the corner out
  return result;
}
