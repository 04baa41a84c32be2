// Port of programs/selectors-shape-wires.py (CadQuery doc/selectors.rst, section "Using selectors with Shape and Sketch objects"), line for line.
import * as cq from "partforge";

export function build() {
  const box = cq.Solid.makeBox(1,2,3);

  // select top and bottom wires
  const result = box.faces(">Z or <Z").wires();
  return result;
}
