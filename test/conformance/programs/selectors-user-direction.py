# CadQuery documentation: doc/selectors.rst, section "User-defined Directions" (line 140),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("XY").box(10, 10, 10)

# chamfer only one edge
result = result.edges(">(-1, 1, 0)").chamfer(1)
