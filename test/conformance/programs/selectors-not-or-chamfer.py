# CadQuery documentation: doc/selectors.rst, section "Combining Selectors" (line 43),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Workplane("XY")
    .box(2, 2, 2)
    .faces(">Z")
    .shell(-0.2)
    .faces(">Z")
    .edges("not(<X or >X or <Y or >Y)")
    .chamfer(0.1)
)
