// Port of programs/primer-free-function-face.py (CadQuery doc/primer.rst, section "The Free Function API"), line for line.
import { func } from "partforge";
const { wire, face, circle } = func;

export function build() {
  const circle_wire = wire(circle(1));
  const circular_face = face(circle_wire);
  return circular_face;
}
