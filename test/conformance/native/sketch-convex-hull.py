from _ref import *
# A closed form in effect: the convex hull of the disc r=1 at (0, 0), the disc r=0.5 at (1, 1.5) and the
# segment (0, 2)-(-1, 3) is one face. Its boundary (arcs and tangent segments) is approximated by the hull
# of 2 x 20000 points on the two circles and the segment's ends: its area is low by about 1e-8 relative
# (a chord's sagitta), far inside the test's 1e-6.
def build():
    n = 20000
    pts = [(math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i in range(n)]
    pts += [(1 + 0.5 * math.cos(2 * math.pi * i / n), 1.5 + 0.5 * math.sin(2 * math.pi * i / n)) for i in range(n)]
    pts += [(0.0, 2.0), (-1.0, 3.0)]
    pts.sort()

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    return polygon_face(hull)
report(build)
