# CadQuery documentation: doc/workplane.rst, section "An Introspective Example" (line 191),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
part = (
    cq.Workplane()
    .box(1, 1, 1)
    .tag("base")
    .wires(">Z")
    .toPending()
    .translate((0.1, 0.1, 1.0))
    .toPending()
    .loft()
    .faces(">>X", tag="base")
    .workplane(centerOption="CenterOfMass")
    .circle(0.2)
    .extrude(1)
)
