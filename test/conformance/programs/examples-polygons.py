# CadQuery documentation: doc/examples.rst, section "Polygons" (line 213),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = (
    cq.Workplane("front")
    .box(3.0, 4.0, 0.25)
    .pushPoints([(0, 0.75), (0, -0.75)])
    .polygon(6, 1.0)
    .cutThruAll()
)
