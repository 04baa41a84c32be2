// Port of programs/examples-pillow-block.py (CadQuery doc/examples.rst, section "A Parametric Bearing Pillow Block"), line for line.
import * as cq from "partforge";

export function build() {
  const [length, height, bearing_diam, thickness, padding] = [30.0, 40.0, 22.0, 10.0, 8.0];

  const result = cq
    .Workplane("XY")
    .box(length, height, thickness)
    .faces(">Z")
    .workplane()
    .hole(bearing_diam)
    .faces(">Z")
    .workplane()
    .rect(length - padding, height - padding, { forConstruction: true })
    .vertices()
    .cboreHole(2.4, 4.4, 2.1);
  return result;
}
