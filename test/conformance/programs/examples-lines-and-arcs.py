# CadQuery documentation: doc/examples.rst, section "Building Profiles using lines and arcs" (line 123),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Workplane("front")
    .lineTo(2.0, 0)
    .lineTo(2.0, 1.0)
    .threePointArc((1.0, 1.5), (0.0, 1.0))
    .close()
    .extrude(0.25)
)
