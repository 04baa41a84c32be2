// Port of programs/examples-offset-workplanes.py (CadQuery doc/examples.rst, section "Offset Workplanes"), line for line.
import * as cq from "partforge";

export function build() {
  let result = cq.Workplane("front").box(3, 2, 0.5); // make a basic prism
  result = result.faces("<X").workplane({
    offset: 0.75,
  }); // workplane is offset from the object surface
  result = result.circle(1.0).extrude(0.5); // disc
  return result;
}
