// Port of programs/examples-plate-with-hole.py (CadQuery doc/examples.rst, section "Plate with Hole"), line for line.
import * as cq from "partforge";

export function build() {
  // The dimensions of the box. These can be modified rather than changing the
  // object's code directly.
  const length = 80.0;
  const height = 60.0;
  const thickness = 10.0;
  const center_hole_dia = 22.0;

  // Create a box based on the dimensions above and add a 22mm center hole
  const result = cq
    .Workplane("XY")
    .box(length, height, thickness)
    .faces(">Z")
    .workplane()
    .hole(center_hole_dia);
  return result;
}
