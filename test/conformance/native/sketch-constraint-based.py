from _ref import *
# like-for-like: no (solver) — the port solves the sketch's Fixed, Coincident and Angle constraints (Sketch.solve); this builds the solved face from their closed form
import math
# the solved sketch, from the closed form of its constraints: s1 fixed from (0,0) to (0,3); a1 starts
# at s1's end (0,3) and ends at s1's start (0,0); the angle from a1's start tangent to s1's direction
# is +45 degrees, so a1 leaves (0,3) along (1,1)/sqrt(2). The one circle through (0,3) and (0,0) with
# that tangent at (0,3) has its centre at (1.5,1.5) and radius 1.5*sqrt(2); travelling along (1,1)
# it goes clockwise, over 270 degrees, through (1.5 + 1.5*sqrt(2), 1.5). Face of segment + arc:
# area = pi r^2 - r^2/2 (pi/2 - 1) = 2.25 (3 pi/2 + 1)
def build():
    r = 1.5 * math.sqrt(2)
    arc = Part.Arc(V(0, 3, 0), V(1.5 + r, 1.5, 0), V(0, 0, 0)).toShape()
    segment = Part.LineSegment(V(0, 0, 0), V(0, 3, 0)).toShape()
    face = Part.Face(Part.Wire([segment, arc]))
    assert abs(face.Area - 2.25 * (3 * math.pi / 2 + 1)) < 1e-9, face.Area
    return face
report(build)
