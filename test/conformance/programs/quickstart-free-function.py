# CadQuery documentation: doc/quickstart.rst, section "Free function equivalent" (line 320),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

height = 60.0
width = 80.0
thickness = 10.0
diameter = 22.0
padding = 12.0
r_hole = 1.2
r_cbore = 2.2
d_cbore = thickness / 3

# construct hole locations
hole_locs = rect(height - padding, width - padding).vertices()

# make the base
basef = face(
   rect(height, width),
   circle(diameter / 2),
)

# extrude
base = extrude(basef, (0, 0, thickness))

# fillet
base = fillet(base, base.edges("|Z"), height / 10)

# add a cbore
top = base.face(">Z")
base = prism(base, None, circle(r_cbore).moved(hole_locs).moved(top), -d_cbore, additive=False)
base = prism(base, None, circle(r_hole).moved(hole_locs).moved(top), None, additive=False)
