# CadQuery documentation: doc/primer.rst, section "The Fluent API" (line 55),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
part = Workplane("XY").box(1, 2, 3).faces(">Z").vertices().circle(0.5).cutThruAll()
