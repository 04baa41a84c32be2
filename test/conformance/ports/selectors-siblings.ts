// Port of programs/selectors-siblings.py (CadQuery doc/selectors.rst, section "Topological Selectors"), line for line.
import * as cq from "partforge";

export function build() {
  let result = cq.Workplane("XY").box(10, 10, 10).faces(">Z");

  result = result.siblings("Edge");
  return result;
}
