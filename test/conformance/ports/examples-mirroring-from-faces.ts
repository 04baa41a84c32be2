// Port of programs/examples-mirroring-from-faces.py (CadQuery doc/examples.rst, section "Mirroring From Faces"), line for line.
import * as cq from "partforge";

export function build() {
  let result = cq.Workplane("XY").line(0, 1).line(1, 0).line(0, -0.5).close().extrude(1);

  result = result.mirror(result.faces(">X"), { union: true });
  return result;
}
