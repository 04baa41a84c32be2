// Port of programs/selectors-filter.py (CadQuery doc/selectors.rst, section "Additional special methods"), line for line.
import * as cq from "partforge";
import { func } from "partforge";
const { box } = func; // Python: from cadquery.occ_impl.shapes import box (the same function cadquery.func exports)

export function build() {
  let result = cq
    .Workplane()
    .add([0, 1, 2, 3, 4].map((i) => box(1,1,i+1).moved({ x: 2*i })));

  // select boxes with volume <= 3
  result = result.filter((s) => s.Volume() <= 3);
  return result;
}
