from _ref import *
# circle(1.5) placed at the >Z face's centre (z = 0.125), rect(0.75, 0.5) 3 above it, lofted (ThruSections), fused to the box
def build():
    b = box(4.0, 4.0, 0.25)
    l = loft([circle_wire(1.5, (0, 0, 0.125)), rect_wire(0.75, 0.5, (0, 0), 3.125)])
    return fuse(b, l)
report(build)
