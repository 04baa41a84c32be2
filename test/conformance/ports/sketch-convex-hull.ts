// Port of programs/sketch-convex-hull.py (CadQuery doc/sketch.rst, section "Convex hull"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Sketch()
    .arc([0, 0], 1.0, 0.0, 360.0)
    .arc([1, 1.5], 0.5, 0.0, 360.0)
    .segment([0.0, 2], [-1, 3.0])
    .hull();
  return result;
}
