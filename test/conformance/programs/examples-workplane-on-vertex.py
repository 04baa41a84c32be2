# CadQuery documentation: doc/examples.rst, section "Locating a Workplane on a vertex" (line 459),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("front").box(3, 2, 0.5)  # make a basic prism
result = (
    result.faces(">Z").vertices("<XY").workplane(centerOption="CenterOfMass")
)  # select the lower left vertex and make a workplane
result = result.circle(1.0).cutThruAll()  # cut the corner out
