# CadQuery documentation: doc/sketch.rst, section "Convex hull" (line 103),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Sketch()
    .arc((0, 0), 1.0, 0.0, 360.0)
    .arc((1, 1.5), 0.5, 0.0, 360.0)
    .segment((0.0, 2), (-1, 3.0))
    .hull()
)
