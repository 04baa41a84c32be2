from _ref import *
def build():
    b = box(3, 3, 0.5)
    return clean(b.makeFillet(0.125, [e for e in b.Edges if abs(e.Vertexes[0].Point.z - e.Vertexes[1].Point.z) > 1e-9]))
report(build)
