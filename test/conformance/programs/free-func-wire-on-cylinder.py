# CadQuery documentation: doc/free-func.rst, section "Mapping onto parametric space" (line 492),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import cylinder, loft, wireOn, segment
from math import pi

# parameters
d = 1.5
h = 3
du = pi
Nturns = 2

# construct the base surface
base = cylinder(d, h).faces("%CYLINDER")

# construct a planar 2D patch for u,v trimming
uv_patch = loft(
    segment((0, 0), (du, 0)), segment((Nturns * 2 * pi, h), (Nturns * 2 * pi + du, h))
)

# map it onto the cylinder
w = wireOn(base, uv_patch)

# check that the pcurves were created
for e in w:
    assert e.hasPCurve(base), "No p-curve on base present"

# trim the base surface
result = base.trim(w)
