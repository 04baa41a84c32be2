// Port of programs/sketch-face-based-api.py (CadQuery doc/sketch.rst, section "Face-based API"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Sketch()
    .trapezoid(4, 3, 90)
    .vertices()
    .circle(0.5, { mode: "s" })
    .reset()
    .vertices()
    .fillet(0.25)
    .reset()
    .rarray(0.6, 1, 5, 1)
    .slot(1.5, 0.4, { mode: "s", angle: 90 });
  return result;
}
