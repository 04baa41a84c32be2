from _ref import *
# like-for-like: no (solver) — the port solves Axis and PointInPlane constraints (Assembly.solve); this makes the bracket and the box only
# the L bracket drawn on the YZ plane (local x = global Y, local y = global Z), extruded 1 along +X, and a 0.5 box
def build():
    pts = [(0, 0), (1, 0), (1, 0.1), (0.2, 0.1), (0.2, 1), (0, 1), (0, 0)]
    bracket = Part.Face(Part.makePolygon([V(0, x, y) for x, y in pts])).extrude(V(1, 0, 0))  # no clean(): partforge skips it on this prism
    return [bracket, box(0.5, 0.5, 0.5)]
report(build)
