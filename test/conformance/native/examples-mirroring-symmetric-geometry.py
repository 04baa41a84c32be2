from _ref import *
def build():
    pts = [(0, 0), (1.0, 0), (1.0, 0.5), (0.75, 0.5), (0.75, 0.25), (0.0, 0.25)]
    full = pts + [(-x, y) for x, y in reversed(pts[1:-1])] + [pts[0]]
    return clean(Part.Face(Part.makePolygon([V(x, y, 0) for x, y in full])).extrude(V(0, 0, 0.25)))  # extrude, then clean()
report(build)
