# CadQuery documentation: doc/sketch.rst, section "Lofting between two sketches" (line 286),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery import Workplane, Sketch, Vector, Location

s1 = Sketch().trapezoid(3, 1, 110).vertices().fillet(0.2)

s2 = Sketch().rect(2, 1).vertices().fillet(0.2)

result = Workplane().placeSketch(s1, s2.moved(z=3)).loft()
