from _ref import *
# the top face's outer wire offset by -0.25 (a 3.5 x 1.5 rectangle): cboreHole through at its four vertices
def build():
    b = box(4, 2, 0.5)
    depth = b.BoundBox.DiagonalLength
    return cut(b, *moved_to(cbore_tool(0.125, 0.25, 0.125, depth), [(x, y, 0.25) for x in (-1.75, 1.75) for y in (-0.75, 0.75)]))
report(build)
