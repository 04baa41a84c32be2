from _ref import *
# the vertical edges on the >Y side (two), chamfered 0.2
def build():
    b = box(2, 2, 2)
    es = [e for e in b.Edges if abs(e.Vertexes[0].Point.z - e.Vertexes[1].Point.z) > 1e-9 and e.Vertexes[0].Point.y > 0.99]
    return b.makeChamfer(0.2, es)  # not cleaned: CadQuery\'s chamfer does not clean
report(build)
