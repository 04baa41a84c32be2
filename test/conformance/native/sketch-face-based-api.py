from _ref import *
# trapezoid(4, 3, 90) is a 4 x 3 rectangle; discs of radius 0.5 at its corners subtracted; every corner
# of the result rounded 0.25; five vertical slots 1.5 x 0.4 at x = -1.2 .. 1.2 subtracted
# (mode 's': cuts, not cleaned, in CadQuery and partforge)
def build():
    f = polygon_face(trapezoid_points(4, 3, 90))
    f = f.cut([Part.Face(circle_wire(0.5, (x, y, 0))) for x in (-2, 2) for y in (-1.5, 1.5)])
    f = fillet_2d(f, 0.25)
    return f.cut([slot_face(1.5, 0.4, (-1.2 + 0.6 * i, 0), vertical=True) for i in range(5)])
report(build)
