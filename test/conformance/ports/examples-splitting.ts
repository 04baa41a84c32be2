// Port of programs/examples-splitting.py (CadQuery doc/examples.rst, section "Splitting an Object"), line for line.
import * as cq from "partforge";

export function build() {
  const c = cq.Workplane("XY").box(1, 1, 1).faces(">Z").workplane().circle(0.25).cutThruAll();

  // now cut it in half sideways
  const result = c.faces(">Y").workplane(-0.5).split({ keepTop: true });
  return result;
}
