// Port of programs/examples-fillet-corners.py (CadQuery doc/examples.rst, section "Rounding Corners with Fillet"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq.Workplane("XY").box(3, 3, 0.5).edges("|Z").fillet(0.125);
  return result;
}
