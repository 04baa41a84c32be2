// Port of programs/primer-fluent-stepwise.py (CadQuery doc/primer.rst, section "The Fluent API"), line for line.
import { Workplane } from "partforge";

export function build() {
  let part = Workplane("XY");
  part = part.box(1, 2, 3);
  part = part.faces(">Z");
  part = part.vertices();
  part = part.circle(0.5);
  part = part.cutThruAll();
  return part;
}
