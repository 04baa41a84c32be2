// Port of programs/selectors-not-or-chamfer.py (CadQuery doc/selectors.rst, section "Combining Selectors"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane("XY")
    .box(2, 2, 2)
    .faces(">Z")
    .shell(-0.2)
    .faces(">Z")
    .edges("not(<X or >X or <Y or >Y)")
    .chamfer(0.1);
  return result;
}
