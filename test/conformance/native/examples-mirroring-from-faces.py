from _ref import *
# the prism of (0,0)-(0,1)-(1,1)-(1,0.5) extruded 1, and its mirror image in its >X face (x = 1), fused and cleaned
def build():
    p = Part.Face(Part.makePolygon([V(0, 0, 0), V(0, 1, 0), V(1, 1, 0), V(1, 0.5, 0), V(0, 0, 0)])).extrude(V(0, 0, 1))  # no clean(): partforge skips it on this prism
    m = p.mirror(V(1, 0, 0), V(1, 0, 0))
    return fuse(p, m)
report(build)
