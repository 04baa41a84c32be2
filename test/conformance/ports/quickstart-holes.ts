// Port of programs/quickstart-holes.py (CadQuery doc/quickstart.rst, section "Add the Holes"), line for line.
import * as cq from "partforge";

export function build() {
  const height = 60.0;
  const width = 80.0;
  const thickness = 10.0;
  const diameter = 22.0;

  // make the base
  const result = cq
    .Workplane("XY")
    .box(height, width, thickness)
    .faces(">Z")
    .workplane()
    .hole(diameter);

  // Render the solid (Python: show(result); a ModelScript returns it)
  return result;
}
