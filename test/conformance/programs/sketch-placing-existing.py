# CadQuery documentation: doc/sketch.rst, section "Placing an existing sketch on a workplane" (line 233),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
import cadquery as cq

s = cq.Sketch().trapezoid(3, 1, 110).vertices().fillet(0.2)

result = (
    cq.Workplane()
    .box(5, 5, 5)
    .faces(">X")
    .workplane()
    .transformed((0, 0, -90))
    .placeSketch(s)
    .cutThruAll()
)
