// Port of programs/selectors-ancestors.py (CadQuery doc/selectors.rst, section "Topological Selectors"), line for line.
import * as cq from "partforge";

export function build() {
  let result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").edges("<Y");

  result = result.ancestors("Face");
  return result;
}
