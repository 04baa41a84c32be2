// Port of programs/sketch-multiple-elements.py (CadQuery doc/sketch.rst, section "Sketches spanning multiple elements"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane()
    .box(5, 5, 1)
    .faces(">Z")
    .workplane()
    .rarray(2, 2, 2, 2)
    .rect(1.5, 1.5)
    .extrude(0.5)
    .faces(">Z")
    .sketch()
    .circle(0.4)
    .wires()
    .distribute(6)
    .circle(0.1, { mode: "a" })
    .clean()
    .finalize()
    .cutBlind(-0.5, { taper: 10 });
  return result;
}
