# CadQuery documentation: doc/selectors.rst, section "Topological Selectors" (line 168),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("XY").box(10, 10, 10).faces(">Z")

result = result.siblings("Edge")
