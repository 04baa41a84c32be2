# CadQuery documentation: doc/selectors.rst, section "Using selectors with Shape and Sketch objects" (line 181),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
box = cq.Solid.makeBox(1,2,3)

# select top and bottom wires
result = box.faces(">Z or <Z").wires()
