# CadQuery documentation: doc/examples.rst, section "Mirroring From Faces" (line 392),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
result = cq.Workplane("XY").line(0, 1).line(1, 0).line(0, -0.5).close().extrude(1)

result = result.mirror(result.faces(">X"), union=True)
