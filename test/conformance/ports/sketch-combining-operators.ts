// Port of programs/sketch-combining-operators.py (CadQuery doc/sketch.rst, section "Combining sketches"), line for line.
import * as cq from "partforge";

export function build() {
  const s1 = cq.Sketch().rect(2, 2).vertices().fillet(0.25).reset();
  const s2 = cq.Sketch().rect(1, 1, { angle: 45 }).vertices().chamfer(0.1).reset();

  // Python's `s1 - s2` (Sketch.__sub__): TypeScript has no operator overloading, so the port
  // calls the method of that meaning, named as Workplane's `-` is (`cut`).
  const result = s1.cut(s2);
  return result;
}
