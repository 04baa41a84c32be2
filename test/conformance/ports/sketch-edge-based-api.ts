// Port of programs/sketch-edge-based-api.py (CadQuery doc/sketch.rst, section "Edge-based API"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Sketch()
    .segment([0.0, 0], [0.0, 2.0])
    .segment([2.0, 0])
    .close()
    .arc([0.6, 0.6], 0.4, 0.0, 360.0)
    .assemble({ tag: "face" })
    .edges("%LINE", { tag: "face" })
    .vertices()
    .chamfer(0.2);
  return result;
}
