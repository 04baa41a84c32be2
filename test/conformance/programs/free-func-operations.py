# CadQuery documentation: doc/free-func.rst, section "Operations" (line 233),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

r = rect(1,0.5)
f = face(r, circle(0.2).moved(0.2), rect(0.2, 0.4).moved(-0.2))
c = circle(0.2)
p = spline([(0,0,0), (0,-1,2)], [(0,0,1), (0,-1,1)])

# extrude
s1 = extrude(r, (0,0,2))
s2 = extrude(fill(r), (0,0,1))

# sweep
s3 = sweep(r, p)
s4 = sweep(f, p)

# loft
s5 = loft(r, c.moved(z=2))
s6 = loft(r, c.moved(z=1), cap=True)\

# revolve
s7 = revolve(fill(r), (0.5, 0, 0), (0, 1, 0), 90)

results = (s1, s2, s3, s4, s5, s6, s7)
result = compound([el.moved(2*i) for i,el in enumerate(results)])
