// Port of programs/examples-simple-rectangular-plate.py (CadQuery doc/examples.rst, section "Simple Rectangular Plate"), line for line.
import * as cadquery from "partforge";

export function build() {
  const result = cadquery.Workplane("front").box(2.0, 2.0, 0.5);
  return result;
}
