// Port of programs/examples-shelling-inward.py (CadQuery doc/examples.rst, section "Shelling To Create Thin features"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq.Workplane("front").box(2, 2, 2).shell(-0.1);
  return result;
}
