// Port of programs/sketch-in-place.py (CadQuery doc/sketch.rst, section "Sketches in-place"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane()
    .box(5, 5, 1)
    .faces(">Z")
    .sketch()
    .regularPolygon(2, 3, { tag: "outer" })
    .regularPolygon(1.5, 3, { mode: "s" })
    .vertices({ tag: "outer" })
    .fillet(0.2)
    .finalize()
    .extrude(0.5);
  return result;
}
