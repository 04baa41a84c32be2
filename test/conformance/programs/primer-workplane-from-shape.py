# CadQuery documentation: doc/primer.rst, section "Fluent API <=> Free Function API" (line 183),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
solid_box = box(10, 10, 10)
part = Workplane(obj=solid_box)
# And you can continue your modelling in the fluent API
part = part.faces(">Z").circle(1).extrude(10)
