# CadQuery documentation: doc/sketch.rst, section "Offsets made easy" (line 336),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
import cadquery as cq

sketch  = (cq.Sketch()
.rect(1.0, 4.0)
.circle(1.0)
.clean()
)

sketch_offset = sketch.copy().wires().offset(0.25)

result = cq.Workplane("front").placeSketch(sketch_offset).extrude(1.0)
result = result.faces(">Z").workplane().placeSketch(sketch).cutBlind(-0.50)
