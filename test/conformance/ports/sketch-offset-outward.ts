// Port of programs/sketch-offset-outward.py (CadQuery doc/sketch.rst, section "Offsets made easy"), line for line.
import * as cq from "partforge";

export function build() {
  const sketch  = (cq.Sketch()
  .rect(1.0, 4.0)
  .circle(1.0)
  .clean()
  );

  const sketch_offset = sketch.copy().wires().offset(0.25);

  let result = cq.Workplane("front").placeSketch(sketch_offset).extrude(1.0);
  result = result.faces(">Z").workplane().placeSketch(sketch).cutBlind(-0.50);
  return result;
}
