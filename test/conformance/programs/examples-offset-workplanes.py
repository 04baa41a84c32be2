# CadQuery documentation: doc/examples.rst, section "Offset Workplanes" (line 488),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("front").box(3, 2, 0.5)  # make a basic prism
result = result.faces("<X").workplane(
    offset=0.75
)  # workplane is offset from the object surface
result = result.circle(1.0).extrude(0.5)  # disc
