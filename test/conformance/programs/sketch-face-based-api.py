# CadQuery documentation: doc/sketch.rst, section "Face-based API" (line 19),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
import cadquery as cq

result = (
    cq.Sketch()
    .trapezoid(4, 3, 90)
    .vertices()
    .circle(0.5, mode="s")
    .reset()
    .vertices()
    .fillet(0.25)
    .reset()
    .rarray(0.6, 1, 5, 1)
    .slot(1.5, 0.4, mode="s", angle=90)
)
