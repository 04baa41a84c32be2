# CadQuery documentation: doc/sketch.rst, section "Combining sketches" (line 305),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
import cadquery as cq

s1 = cq.Sketch().rect(2, 2)
s2 = cq.Sketch().circle(0.5)

result = s1.face(s2, mode='s')
