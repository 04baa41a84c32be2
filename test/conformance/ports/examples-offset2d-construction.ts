// Port of programs/examples-offset2d-construction.py (CadQuery doc/examples.rst, section "Offsetting wires in 2D"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane()
    .box(4, 2, 0.5)
    .faces(">Z")
    .edges()
    .toPending()
    .offset2D(-0.25, { forConstruction: true })
    .vertices()
    .cboreHole(0.125, 0.25, 0.125, { depth: null });
  return result;
}
