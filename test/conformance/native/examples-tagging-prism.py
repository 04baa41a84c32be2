from _ref import *
import math
# polygon(3, 5) extruded 4; sphere(10) at the prism's centre (0, 0, 2) fused (it swallows the prism).
# <X face of the prism: the plane x = -1.25 (normal -X); its workplane's origin is the global origin
# projected onto it, (-1.25, 0, 0); a circle r=1 cut through all, in both directions (cutThruAll).
# >X then >Y face: the slanted face with normal n = (cos 60, sin 60, 0), the current workplane's
# origin (-1.25, 0, 0) projected onto it (ProjectedOrigin); cut likewise.
def build():
    s = fuse(Part.Face(Part.makePolygon(polygon_points(3, 5))).extrude(V(0, 0, 4)), Part.makeSphere(10, V(0, 0, 2)))
    n = V(math.cos(math.radians(60)), math.sin(math.radians(60)), 0)
    s = cut(s, cylinder(1, 40, (-20, 0, 0), (1, 0, 0)))
    o = V(-1.25, 0, 0)
    p = o + n * (1.25 - n.dot(o)) + n * 20
    return cut(s, cylinder(1, 40, (p.x, p.y, p.z), (-n.x, -n.y, -n.z)))
report(build)
