from _ref import *
def build():
    b = box(2, 2, 0.5)
    return cut(b, *[cylinder(0.0625, b.BoundBox.DiagonalLength, (x, y, 0.25), (0, 0, -1)) for x in (-0.75, 0.75) for y in (-0.75, 0.75)])
report(build)
