// Port of programs/sketch-modes.py (CadQuery doc/sketch.rst, section "Modes"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Sketch()
    .rect(1, 2, { mode: "c", tag: "base" })
    .vertices({ tag: "base" })
    .circle(0.7)
    .reset()
    .edges("|Y", { tag: "base" })
    .ellipse(1.2, 1, { mode: "i" })
    .reset()
    .rect(2, 2, { mode: "i" })
    .clean();
  return result;
}
