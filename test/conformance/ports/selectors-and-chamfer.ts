// Port of programs/selectors-and-chamfer.py (CadQuery doc/selectors.rst, section "Combining Selectors"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq.Workplane("XY").box(2, 2, 2).edges("|Z and >Y").chamfer(0.2);
  return result;
}
