from _ref import *
# box(1,1,1) with a 0.25-radius hole through; split by the plane 0.5 inside the >Y face (y = 0), keeping y > 0... 
# CadQuery's keepTop keeps the side the workplane normal (+Y... the >Y face's normal, inverted by the negative offset? no: offset moves the plane) points to
def build():
    c = cut(box(1, 1, 1), cylinder(0.25, 10, (0, 0, 5), (0, 0, -1)))
    half = box(2, 1, 2, (0, 0.5, 0))
    return c.common(half)
report(build)
