// Port of programs/examples-lofts.py (CadQuery doc/examples.rst, section "Making Lofts"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane("front")
    .box(4.0, 4.0, 0.25)
    .faces(">Z")
    .circle(1.5)
    .workplane({ offset: 3.0 })
    .rect(0.75, 0.5)
    .loft({ combine: true });
  return result;
}
