from _ref import *
# a unit box; its top wire and that wire moved by (0.1, 0.1, 1) lofted and fused (clean); on the face
# farthest along X of the box (x = 0.5, by the "base" tag), a circle r=0.2 at the face's centre of mass (0, 0), extruded 1 along +X
def build():
    b = box(1, 1, 1)
    w0 = rect_wire(1, 1, (0, 0), 0.5)
    top = [w for f in b.Faces if f.normalAt(0, 0).z > 0.99 for w in f.Wires][0]
    l = fuse(b, loft([top, top.translated(V(0.1, 0.1, 1.0))]))
    return fuse(l, cylinder(0.2, 1, (0.5, 0, 0), (1, 0, 0)))
report(build)
