# CadQuery documentation: doc/free-func.rst, section "Placement" (line 332),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

locs = [(0,-1,0), (0,1,0)]

s = sphere(1).moved(locs)
c = cylinder(1,2).move(rx=15).moved(*locs)

result = compound(s, c.moved(2))
