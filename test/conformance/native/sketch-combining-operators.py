from _ref import *
# rect(2, 2) with its corners rounded 0.25, minus rect(1, 1) turned 45 degrees with its corners chamfered 0.1
# (Sketch's `-`: a cut, not cleaned, in CadQuery and partforge)
def build():
    outer = fillet_2d(Part.Face(rect_wire(2, 2)), 0.25)
    c = [(math.cos(math.radians(45 + 90 * i)) * math.sqrt(0.5), math.sin(math.radians(45 + 90 * i)) * math.sqrt(0.5)) for i in range(4)]
    pts = []
    for i, p in enumerate(c):
        p = V(p[0], p[1], 0)
        prev, nxt = V(*c[i - 1], 0), V(*c[(i + 1) % 4], 0)
        pts += [p + (prev - p).normalize() * 0.1, p + (nxt - p).normalize() * 0.1]
    inner = Part.Face(Part.makePolygon(pts + [pts[0]]))
    return outer.cut(inner)
report(build)
