# CadQuery documentation: doc/sketch.rst, section "Sketches in-place" (line 208),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
import cadquery as cq

result = (
    cq.Workplane()
    .box(5, 5, 1)
    .faces(">Z")
    .sketch()
    .regularPolygon(2, 3, tag="outer")
    .regularPolygon(1.5, 3, mode="s")
    .vertices(tag="outer")
    .fillet(0.2)
    .finalize()
    .extrude(0.5)
)
