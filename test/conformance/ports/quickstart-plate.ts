// Port of programs/quickstart-plate.py (CadQuery doc/quickstart.rst, section "Start With A single, simple Plate"), line for line.
import * as cq from "partforge";

export function build() {
  const height = 60.0;
  const width = 80.0;
  const thickness = 10.0;

  // make the base
  const result = cq.Workplane("XY").box(height, width, thickness);

  // Render the solid (Python: show(result); a ModelScript returns it)
  return result;
}
