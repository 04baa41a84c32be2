# CadQuery documentation: doc/free-func.rst, section "Boolean operations" (line 120),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

c1 = cylinder(1, 2)
c2 = cylinder(0.5, 3)

f1 = plane(2, 2).move(z=1)
f2 = plane(1, 1).move(z=1)

e1 = segment((0,-2.5, 1), (0,2.5,1))

# union
r1 = c2 + c1
r2 = fuse(f1, f2)

# difference
r3 = c1 - c2
r4 = cut(f1, f2)

# intersection
r5 = c1*c2
r6 = intersect(f1, f2)

# splitting
r7 = (c1 / f1).solids('<Z')
r8 = split(f2, e1).faces('<X')

results = (r1, r2, r3, r4, r5, r6, r7, r8)
result = compound([el.moved(2*i) for i,el in enumerate(results)])
