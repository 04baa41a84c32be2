// Port of programs/sketch-constraint-based.py (CadQuery doc/sketch.rst, section "Constraint-based sketches"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Sketch()
    .segment([0, 0], [0, 3.0], "s1")
    .arc([0.0, 3.0], [1.5, 1.5], [0.0, 0.0], "a1")
    .constrain("s1", "Fixed", null)
    .constrain("s1", "a1", "Coincident", null)
    .constrain("a1", "s1", "Coincident", null)
    .constrain("s1", "a1", "Angle", 45)
    .solve()
    .assemble();
  return result;
}
