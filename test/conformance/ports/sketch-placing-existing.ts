// Port of programs/sketch-placing-existing.py (CadQuery doc/sketch.rst, section "Placing an existing sketch on a workplane"), line for line.
import * as cq from "partforge";

export function build() {
  const s = cq.Sketch().trapezoid(3, 1, 110).vertices().fillet(0.2);

  const result = cq
    .Workplane()
    .box(5, 5, 5)
    .faces(">X")
    .workplane()
    .transformed([0, 0, -90])
    .placeSketch(s)
    .cutThruAll();
  return result;
}
