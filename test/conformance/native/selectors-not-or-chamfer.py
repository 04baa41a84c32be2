from _ref import *
# box(2,2,2) shelled -0.2 with the top face removed; of the top face's edges, the inner loop's four, chamfered 0.1
def build():
    b = box(2, 2, 2)
    s = thick(b, [f for f in b.Faces if f.normalAt(0, 0).z > 0.99], -0.2)
    es = [e for e in s.Edges if all(abs(v.Point.z - 1) < 1e-9 for v in e.Vertexes) and all(abs(v.Point.x) < 0.81 and abs(v.Point.y) < 0.81 for v in e.Vertexes)]
    return s.makeChamfer(0.1, es)  # not cleaned: CadQuery\'s chamfer does not clean
report(build)
