# CadQuery documentation: doc/selectors.rst, section "Topological Selectors" (line 159),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("XY").box(10, 10, 10).faces(">Z").edges("<Y")

result = result.ancestors("Face")
