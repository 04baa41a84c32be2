# CadQuery documentation: doc/examples.rst, section "Shelling To Create Thin features" (line 624),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("front").box(2, 2, 2).faces("+Z or -X or +X").shell(0.1)
