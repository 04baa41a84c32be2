// Port of programs/free-func-shape-construction.py (CadQuery doc/free-func.rst, section "Shape construction"), line for line.
import { func } from "partforge";
const { segment, wire, circle, face, plane, extrude, solid, cone, compound } = func; // Python: from cadquery.func import *

export function build() {
  const e1 = segment([0,0], [1,0]);
  const e2 = segment([1,0], [1,1]);

  // wire from edges
  const r1 = wire(e1, e2);

  const c1 = circle(1);

  // face from a planar wire
  const r2 = face(c1);

  // solid from faces
  const f1 = plane(1,1);
  const f2 = f1.moved({ z: 1 });
  const f3 = extrude(f1.wires(), [0,0,1]);

  const r3 = solid(f1,f2,...f3);

  // compound from shapes
  const s1 = circle(1).moved({ ry: 90 });
  const s2 = plane(1,1).move({ rx: 90 }).move({ y: 2 });
  const s3 = cone(1,1.5).move({ y: 4 });

  const r4 = compound(s1, s2, s3);

  const results = [r1, r2, r3, r4,];
  const result = compound(results.map((el, i) => el.moved(2*i)));
  return result;
}
