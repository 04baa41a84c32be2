# CadQuery documentation: doc/free-func.rst, section "Tutorial" (line 21),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

dh = 2
r = 1

# construct edges
edge1 = circle(r)
edge2 = circle(1.5*r).moved(z=dh)
edge3 = circle(r).moved(z=1.5*dh)

# loft the side face
side = loft(edge1, edge2, edge3)

# bottom face
bottom = fill(side.edges('<Z'))

# top face with continuous curvature
top = cap(side.edges('>Z'), side, [(0,0,1.6*dh)])

# assemble into a solid
s = solid(side, bottom, top)

# construct the final result
result = s.moved((-3*r, 0, 0), (3*r, 0, 0))
