# CadQuery documentation: doc/selectors.rst, section "Combining Selectors" (line 37),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("XY").box(2, 2, 2).edges("|Z and >Y").chamfer(0.2)
