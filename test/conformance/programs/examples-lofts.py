# CadQuery documentation: doc/examples.rst, section "Making Lofts" (line 645),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Workplane("front")
    .box(4.0, 4.0, 0.25)
    .faces(">Z")
    .circle(1.5)
    .workplane(offset=3.0)
    .rect(0.75, 0.5)
    .loft(combine=True)
)
