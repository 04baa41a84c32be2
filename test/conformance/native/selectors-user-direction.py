from _ref import *
# the one edge farthest along (-1, 1, 0): the vertical edge at (-5, 5), chamfered 1
def build():
    b = box(10, 10, 10)
    es = [e for e in b.Edges if abs(e.Vertexes[0].Point.z - e.Vertexes[1].Point.z) > 1e-9 and e.Vertexes[0].Point.x < -4.9 and e.Vertexes[0].Point.y > 4.9]
    return b.makeChamfer(1, es)  # not cleaned: CadQuery\'s chamfer does not clean
report(build)
