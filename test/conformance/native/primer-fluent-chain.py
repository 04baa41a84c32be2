from _ref import *
# box(1,2,3); circles r=0.5 at the top face's four vertices, cut through all
def build():
    b = box(1, 2, 3)
    return cut(b, *[cylinder(0.5, 10, (x, y, 1.5), (0, 0, -1)) for x in (-0.5, 0.5) for y in (-1, 1)])
report(build)
