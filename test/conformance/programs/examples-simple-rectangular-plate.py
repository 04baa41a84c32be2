# CadQuery documentation: doc/examples.rst, section "Simple Rectangular Plate" (line 40),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cadquery.Workplane("front").box(2.0, 2.0, 0.5)
