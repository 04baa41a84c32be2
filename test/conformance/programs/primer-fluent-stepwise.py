# CadQuery documentation: doc/primer.rst, section "The Fluent API" (line 68),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
part = Workplane("XY")
part = part.box(1, 2, 3)
part = part.faces(">Z")
part = part.vertices()
part = part.circle(0.5)
part = part.cutThruAll()
