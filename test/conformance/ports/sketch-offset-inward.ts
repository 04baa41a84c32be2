// Port of programs/sketch-offset-inward.py (CadQuery doc/sketch.rst, section "Offsets made easy"), line for line.
import * as cq from "partforge";

export function build() {
  const sketch  = (cq.Sketch()
  .rect(1.0, 4.0)
  .circle(1.0)
  .clean()
  );

  const sketch_offset = sketch.copy().wires().offset(-0.25, { mode: 'r' });

  let result = cq.Workplane("front").placeSketch(sketch).extrude(1.0);
  result = result.faces(">Z").workplane().placeSketch(sketch_offset).cutBlind(-0.50);
  return result;
}
