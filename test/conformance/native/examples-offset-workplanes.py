from _ref import *
# a workplane 0.75 beyond the <X face (normal -X), a disc of radius 1 extruded 0.5 further along -X:
# it does not touch the box, and the union keeps two solids
def build():
    b = box(3, 2, 0.5)
    disc = cylinder(1.0, 0.5, (-1.5 - 0.75, 0, 0), (-1, 0, 0))
    return fuse(b, disc)
report(build)
