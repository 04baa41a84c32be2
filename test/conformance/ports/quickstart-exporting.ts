// Port of programs/quickstart-exporting.py (CadQuery doc/quickstart.rst, section "Exporting"), line for line.
import * as cq from "partforge";

export function build() {
  const height = 60.0;
  const width = 80.0;
  const thickness = 10.0;
  const diameter = 22.0;
  const padding = 12.0;

  // make the base
  const result = cq
    .Workplane("XY")
    .box(height, width, thickness)
    .faces(">Z")
    .workplane()
    .hole(diameter)
    .faces(">Z")
    .workplane()
    .rect(height - padding, width - padding, { forConstruction: true })
    .vertices()
    .cboreHole(2.4, 4.4, 2.1)
    .edges("|Z")
    .fillet(2.0);

  // Render the solid (Python: show(result); a ModelScript returns it)

  // Export (Python: result.export("result.stl") and so on; a ModelScript's result is
  // exported by the service in the format the request names)
  return result;
}
