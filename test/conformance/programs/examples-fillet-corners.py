# CadQuery documentation: doc/examples.rst, section "Rounding Corners with Fillet" (line 875),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("XY").box(3, 3, 0.5).edges("|Z").fillet(0.125)
