// Port of programs/primer-workplane-from-shape.py (CadQuery doc/primer.rst, section "Fluent API <=> Free Function API"), line for line.
import { Workplane, func } from "partforge";
const { box } = func;

export function build() {
  const solid_box = box(10, 10, 10);
  let part = Workplane({ obj: solid_box });
  // And you can continue your modelling in the fluent API
  part = part.faces(">Z").circle(1).extrude(10);
  return part;
}
