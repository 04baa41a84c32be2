// Port of programs/examples-counterbored-holes.py (CadQuery doc/examples.rst, section "Making Counter-bored and Counter-sunk Holes"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane(cq.Plane.XY())
    .box(4, 2, 0.5)
    .faces(">Z")
    .workplane()
    .rect(3.5, 1.5, { forConstruction: true })
    .vertices()
    .cboreHole(0.125, 0.25, 0.125, { depth: null });
  return result;
}
