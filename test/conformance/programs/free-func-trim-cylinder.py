# CadQuery documentation: doc/free-func.rst, section "Mapping onto parametric space" (line 459),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from math import pi
from cadquery.func import cylinder, edgeOn, compound, wire

# parameters
d = 1.5
h = 3
du = pi
Nturns = 2

# construct the base surface
base = cylinder(d, h).faces("%CYLINDER")

# rectangular trim
r1 = base.trim(-pi/2, 0, 0, h/3)

# polyline trim
r2 = base.trim((0,0), (pi,0), (pi/2, h/2))

# construct a pcurve
pcurve = edgeOn(base, [(pi/2, h/4), (pi, h/4), (pi, h/2), (pi/2, h/2)], periodic=True)

# pcurve trim
r3 = base.trim(wire(pcurve))

result = compound(r1, r2.moved(x=2), r3.moved(x=4))
