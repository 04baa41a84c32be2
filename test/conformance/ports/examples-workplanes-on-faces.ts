// Port of programs/examples-workplanes-on-faces.py (CadQuery doc/examples.rst, section "Creating Workplanes on Faces"), line for line.
import * as cq from "partforge";

export function build() {
  let result = cq.Workplane("front").box(2, 3, 0.5); // make a basic prism
  result = (
    result.faces(">Z").workplane().hole(0.5)
  ); // find the top-most face and make a hole
  return result;
}
