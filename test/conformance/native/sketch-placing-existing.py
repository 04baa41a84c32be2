from _ref import *
# trapezoid(3, 1, 110) with its four corners rounded 0.2, placed on the >X face of box(5, 5, 5) (centred on
# it) and cut through all. The cube is symmetric, so the same solid turned to have the cut along Z is built.
def build():
    t = fillet_2d(polygon_face(trapezoid_points(3, 1, 110)), 0.2)
    return cut(box(5, 5, 5), t.translated(V(0, 0, -5)).extrude(V(0, 0, 10)))
report(build)
