// Port of programs/workplane-introspective-stepwise.py (CadQuery doc/workplane.rst, section "An Introspective Example"), line for line.
import * as cq from "partforge";

export function build() {
  let part = cq.Workplane();
  part = part.box(1, 1, 1);
  part = part.tag("base");
  part = part.faces(">>Z");
  part = part.wires();
  part = part.toPending();
  part = part.translate([0.1, 0.1, 1.0]);
  part = part.toPending();
  part = part.loft();
  part = part.faces(">>X", { tag: "base" });
  part = part.workplane();
  part = part.circle(0.2);
  part = part.extrude(1, { clean: false });
  return part;
}
