# CadQuery documentation: doc/examples.rst, section "Creating Workplanes on Faces" (line 429),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("front").box(2, 3, 0.5)  # make a basic prism
result = (
    result.faces(">Z").workplane().hole(0.5)
)  # find the top-most face and make a hole
