// Port of programs/examples-point-lists.py (CadQuery doc/examples.rst, section "Using Point Lists"), line for line.
import * as cq from "partforge";

export function build() {
  let r = cq.Workplane("front").circle(2.0); // make base
  r = r.pushPoints(
    [[1.5, 0], [0, 1.5], [-1.5, 0], [0, -1.5]]
  ); // now four points are on the stack
  r = r.circle(0.25); // circle will operate on all four points
  const result = r.extrude(0.125); // make prism
  return result;
}
