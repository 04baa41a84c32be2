// Port of programs/free-func-placement.py (CadQuery doc/free-func.rst, section "Placement"), line for line.
import { func } from "partforge";
const { sphere, cylinder, compound } = func; // Python: from cadquery.func import *

export function build() {
  const locs = [[0,-1,0], [0,1,0]];

  const s = sphere(1).moved(locs);
  const c = cylinder(1,2).move({ rx: 15 }).moved(...locs);

  const result = compound(s, c.moved(2));
  return result;
}
