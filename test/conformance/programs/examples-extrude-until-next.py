# CadQuery documentation: doc/examples.rst, section "Extruding until a given face" (line 678),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Workplane(origin=(20, 0, 0))
    .circle(2)
    .revolve(180, (-20, 0, 0), (-20, -1, 0))
    .center(-20, 0)
    .workplane()
    .rect(20, 4)
    .extrude("next")
)
