// Port of programs/examples-construction-geometry.py (CadQuery doc/examples.rst, section "Using construction Geometry"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane("front")
    .box(2, 2, 0.5)
    .faces(">Z")
    .workplane()
    .rect(1.5, 1.5, { forConstruction: true })
    .vertices()
    .hole(0.125);
  return result;
}
