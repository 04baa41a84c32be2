// Port of programs/selectors-user-direction.py (CadQuery doc/selectors.rst, section "User-defined Directions"), line for line.
import * as cq from "partforge";

export function build() {
  let result = cq.Workplane("XY").box(10, 10, 10);

  // chamfer only one edge
  result = result.edges(">(-1, 1, 0)").chamfer(1);
  return result;
}
