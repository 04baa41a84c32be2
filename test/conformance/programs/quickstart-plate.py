# CadQuery documentation: doc/quickstart.rst, section "Start With A single, simple Plate" (line 63),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
import cadquery as cq
from cadquery.vis import show

height = 60.0
width = 80.0
thickness = 10.0

# make the base
result = cq.Workplane("XY").box(height, width, thickness)

# Render the solid
show(result)
