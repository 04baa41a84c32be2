# CadQuery documentation: doc/examples.rst, section "Offsetting wires in 2D" (line 831),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Workplane()
    .box(4, 2, 0.5)
    .faces(">Z")
    .edges()
    .toPending()
    .offset2D(-0.25, forConstruction=True)
    .vertices()
    .cboreHole(0.125, 0.25, 0.125, depth=None)
)
