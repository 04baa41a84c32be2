// Port of programs/examples-polygons.py (CadQuery doc/examples.rst, section "Polygons"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane("front")
    .box(3.0, 4.0, 0.25)
    .pushPoints([[0, 0.75], [0, -0.75]])
    .polygon(6, 1.0)
    .cutThruAll();
  return result;
}
