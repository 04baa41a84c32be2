from _ref import *
import math
# the triangle (0,0), (0,2), (2,0) with a hole of radius 0.4 at (0.6, 0.6); its three corners chamfered 0.2
# (each corner cut by the segment joining the points 0.2 from it along its two edges)
def build():
    corners = [V(0, 0, 0), V(0, 2, 0), V(2, 0, 0)]
    pts = []
    for i, c in enumerate(corners):
        prev, nxt = corners[i - 1], corners[(i + 1) % 3]
        pts += [c + (prev - c).normalize() * 0.2, c + (nxt - c).normalize() * 0.2]
    outer = Part.makePolygon(pts + [pts[0]])
    return Part.makeFace([outer, circle_wire(0.4, (0.6, 0.6, 0))], "Part::FaceMakerBullseye")
report(build)
