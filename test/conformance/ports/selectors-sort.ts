// Port of programs/selectors-sort.py (CadQuery doc/selectors.rst, section "Additional special methods"), line for line.
import * as cq from "partforge";
import { func } from "partforge";
const { box } = func; // Python: from cadquery.occ_impl.shapes import box (the same function cadquery.func exports)

export function build() {
  let result = cq
    .Workplane()
    .add([0, 1, 2, 3, 4].map((i) => box(1,1,i+1).moved({ x: 2*i })));

  // select boxes with volume <= 3
  // Python's [:3] slices the Workplane; TypeScript has no slice syntax on objects, so the port calls
  // slice(0, 3).
  result = result.sort((s) => s.Volume()).slice(0, 3);
  return result;
}
