from _ref import *
# cboreHole(0.125, 0.25, 0.125, depth=None) at the corners of a 3.5 x 1.5 rectangle on the top face: through holes
def build():
    b = box(4, 2, 0.5)
    depth = b.BoundBox.DiagonalLength
    return cut(b, *[t for x in (-1.75, 1.75) for y in (-0.75, 0.75) for t in cbore_tools(0.125, 0.25, 0.125, (x, y, 0.25), depth)])
report(build)
