# CadQuery documentation: doc/free-func.rst, section "Primitives" (line 98),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

e = segment((0,0), (0,1))

c = circle(1)

f = plane(1, 1.5)

b = box(1, 1, 1)

result = compound(e, c.move(2), f.move(4), b.move(6))
