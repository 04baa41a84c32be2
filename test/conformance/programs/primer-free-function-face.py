# CadQuery documentation: doc/primer.rst, section "The Free Function API" (line 107),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
circle_wire = wire(circle(1))
circular_face = face(circle_wire)
