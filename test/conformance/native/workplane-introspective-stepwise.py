from _ref import *
# as the chained form, but workplane() with the default centre option (the origin projected onto x = 0.5),
# and the last extrude not cleaned
def build():
    b = box(1, 1, 1)
    top = [w for f in b.Faces if f.normalAt(0, 0).z > 0.99 for w in f.Wires][0]
    l = fuse(b, loft([top, top.translated(V(0.1, 0.1, 1.0))]))
    return l.fuse(cylinder(0.2, 1, (0.5, 0, 0), (1, 0, 0)))
report(build)
