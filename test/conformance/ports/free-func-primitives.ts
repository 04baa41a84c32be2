// Port of programs/free-func-primitives.py (CadQuery doc/free-func.rst, section "Primitives"), line for line.
import { func } from "partforge";
const { segment, circle, plane, box, compound } = func; // Python: from cadquery.func import *

export function build() {
  const e = segment([0,0], [0,1]);

  const c = circle(1);

  const f = plane(1, 1.5);

  const b = box(1, 1, 1);

  const result = compound(e, c.move(2), f.move(4), b.move(6));
  return result;
}
