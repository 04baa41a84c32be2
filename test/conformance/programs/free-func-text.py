# CadQuery documentation: doc/free-func.rst, section "Text" (line 350),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

from math import pi

# parameters
D = 5
H = 2*D
S = H/10
TH = S/10
TXT = "CadQuery"

# base and spine
c = cylinder(D, H).moved(rz=-135)
cf = c.faces("%CYLINDER")
spine = (c*plane().moved(z=D)).edges().trim(pi/2, pi)

# planar
r1 = text(TXT, 1, spine, planar=True).moved(z=-S)

# normal
r2 = text(TXT, 1, spine)

# projected
r3 = text(TXT, 1, spine, cf).moved(z=S)

# projected and thickened
r4 = offset(r3, TH).moved(z=S)

result = compound(r1, r2, r3, r4)
