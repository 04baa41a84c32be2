// Port of programs/examples-rotated-workplanes.py (CadQuery doc/examples.rst, section "Rotated Workplanes"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane("front")
    .box(4.0, 4.0, 0.25)
    .faces(">Z")
    .workplane()
    .transformed({ offset: cq.Vector(0, -1.5, 1.0), rotate: cq.Vector(60, 0, 0) })
    .rect(1.5, 1.5, { forConstruction: true })
    .vertices()
    .hole(0.25);
  return result;
}
