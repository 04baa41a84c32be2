# CadQuery documentation: doc/examples.rst, section "Offsetting wires in 2D" (line 819),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
original = cq.Workplane().polygon(5, 10).extrude(0.1).translate((0, 0, 2))
arc = cq.Workplane().polygon(5, 10).offset2D(1, "arc").extrude(0.1).translate((0, 0, 1))
intersection = cq.Workplane().polygon(5, 10).offset2D(1, "intersection").extrude(0.1)
result = original.add(arc).add(intersection)
