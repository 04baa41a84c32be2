// Port of programs/sketch-combining-face-mode.py (CadQuery doc/sketch.rst, section "Combining sketches"), line for line.
import * as cq from "partforge";

export function build() {
  const s1 = cq.Sketch().rect(2, 2);
  const s2 = cq.Sketch().circle(0.5);

  const result = s1.face(s2, { mode: 's' });
  return result;
}
