// Port of programs/examples-spline-edge.py (CadQuery doc/examples.rst, section "Defining an Edge with a Spline"), line for line.
import * as cq from "partforge";

export function build() {
  const s = cq.Workplane("XY");
  const sPnts = [
    [2.75, 1.5],
    [2.5, 1.75],
    [2.0, 1.5],
    [1.5, 1.0],
    [1.0, 1.25],
    [0.5, 1.0],
    [0, 1.0],
  ];
  const r = s.lineTo(3.0, 0).lineTo(3.0, 1.0).spline(sPnts, { includeCurrent: true }).close();
  const result = r.extrude(0.5);
  return result;
}
