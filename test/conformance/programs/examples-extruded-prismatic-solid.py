# CadQuery documentation: doc/examples.rst, section "An extruded prismatic solid" (line 99),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("front").circle(2.0).rect(0.5, 0.75).extrude(0.5)
