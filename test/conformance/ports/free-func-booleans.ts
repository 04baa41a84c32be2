// Port of programs/free-func-booleans.py (CadQuery doc/free-func.rst, section "Boolean operations"), line for line.
import { func } from "partforge";
const { cylinder, plane, segment, fuse, cut, intersect, split, compound } = func; // Python: from cadquery.func import *

export function build() {
  const c1 = cylinder(1, 2);
  const c2 = cylinder(0.5, 3);

  const f1 = plane(2, 2).move({ z: 1 });
  const f2 = plane(1, 1).move({ z: 1 });

  const e1 = segment([0,-2.5, 1], [0,2.5,1]);

  // Python's operators + - * / on shapes are fuse, cut, intersect and split; TypeScript has no
  // operator overloading, so the port calls those functions.
  // union
  const r1 = fuse(c2, c1); // c2 + c1
  const r2 = fuse(f1, f2);

  // difference
  const r3 = cut(c1, c2); // c1 - c2
  const r4 = cut(f1, f2);

  // intersection
  const r5 = intersect(c1, c2); // c1*c2
  const r6 = intersect(f1, f2);

  // splitting
  const r7 = split(c1, f1).solids('<Z'); // (c1 / f1).solids('<Z')
  const r8 = split(f2, e1).faces('<X');

  const results = [r1, r2, r3, r4, r5, r6, r7, r8];
  const result = compound(results.map((el, i) => el.moved(2*i)));
  return result;
}
