// Port of programs/examples-extrude-until-next.py (CadQuery doc/examples.rst, section "Extruding until a given face"), line for line.
import * as cq from "partforge";

export function build() {
  const result = cq
    .Workplane({ origin: [20, 0, 0] })
    .circle(2)
    .revolve(180, [-20, 0, 0], [-20, -1, 0])
    .center(-20, 0)
    .workplane()
    .rect(20, 4)
    .extrude("next");
  return result;
}
