# CadQuery documentation: doc/examples.rst, section "Shelling To Create Thin features" (line 618),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("front").box(2, 2, 2).faces("+Z").shell(0.1)
