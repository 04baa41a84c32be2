# CadQuery documentation: doc/examples.rst, section "Rotated Workplanes" (line 542),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Workplane("front")
    .box(4.0, 4.0, 0.25)
    .faces(">Z")
    .workplane()
    .transformed(offset=cq.Vector(0, -1.5, 1.0), rotate=cq.Vector(60, 0, 0))
    .rect(1.5, 1.5, forConstruction=True)
    .vertices()
    .hole(0.25)
)
