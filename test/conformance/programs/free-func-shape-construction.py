# CadQuery documentation: doc/free-func.rst, section "Shape construction" (line 193),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

e1 = segment((0,0), (1,0))
e2 = segment((1,0), (1,1))

# wire from edges
r1 = wire(e1, e2)

c1 = circle(1)

# face from a planar wire
r2 = face(c1)

# solid from faces
f1 = plane(1,1)
f2 = f1.moved(z=1)
f3 = extrude(f1.wires(), (0,0,1))

r3 = solid(f1,f2,*f3)

# compound from shapes
s1 = circle(1).moved(ry=90)
s2 = plane(1,1).move(rx=90).move(y=2)
s3 = cone(1,1.5).move(y=4)

r4 = compound(s1, s2, s3)

results = (r1, r2, r3, r4,)
result = compound([el.moved(2*i) for i,el in enumerate(results)])
