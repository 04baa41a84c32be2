# CadQuery documentation: doc/selectors.rst, section "Additional special methods" (line 207),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.occ_impl.shapes import box

result = (
    cq.Workplane()
    .add([box(1,1,i+1).moved(x=2*i) for i in range(5)])
)

# select boxes with volume <= 3
result = result.filter(lambda s: s.Volume() <= 3)
