// Port of programs/sketch-lofting-two-sketches.py (CadQuery doc/sketch.rst, section "Lofting between two sketches"), line for line.
import { Workplane, Sketch, Vector, Location } from "partforge";

export function build() {
  const s1 = Sketch().trapezoid(3, 1, 110).vertices().fillet(0.2);

  const s2 = Sketch().rect(2, 1).vertices().fillet(0.2);

  const result = Workplane().placeSketch(s1, s2.moved({ z: 3 })).loft();
  return result;
}
