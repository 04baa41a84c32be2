# CadQuery documentation: doc/examples.rst, section "Splitting an Object" (line 985),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
c = cq.Workplane("XY").box(1, 1, 1).faces(">Z").workplane().circle(0.25).cutThruAll()

# now cut it in half sideways
result = c.faces(">Y").workplane(-0.5).split(keepTop=True)
