# CadQuery documentation: doc/sketch.rst, section "Combining sketches" (line 318),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
import cadquery as cq

s1 = cq.Sketch().rect(2, 2).vertices().fillet(0.25).reset()
s2 = cq.Sketch().rect(1, 1, angle=45).vertices().chamfer(0.1).reset()

result = s1 - s2
