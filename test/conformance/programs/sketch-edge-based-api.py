# CadQuery documentation: doc/sketch.rst, section "Edge-based API" (line 74),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
import cadquery as cq

result = (
    cq.Sketch()
    .segment((0.0, 0), (0.0, 2.0))
    .segment((2.0, 0))
    .close()
    .arc((0.6, 0.6), 0.4, 0.0, 360.0)
    .assemble(tag="face")
    .edges("%LINE", tag="face")
    .vertices()
    .chamfer(0.2)
)
