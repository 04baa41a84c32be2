from _ref import *
def build():
    L, H, W, t = 100.0, 20.0, 20.0, 1.0
    pts = [(0, H / 2.0), (W / 2.0, H / 2.0), (W / 2.0, (H / 2.0 - t)), (t / 2.0, (H / 2.0 - t)), (t / 2.0, (t - H / 2.0)), (W / 2.0, (t - H / 2.0)), (W / 2.0, H / -2.0), (0, H / -2.0)]
    # mirrorY: the polyline and its mirror image about the Y axis, one closed wire
    full = pts + [(-x, y) for x, y in reversed(pts[1:-1])] + [pts[0]]
    return clean(Part.Face(Part.makePolygon([V(x, y, 0) for x, y in full])).extrude(V(0, 0, L)))  # extrude, then clean()
report(build)
