from _ref import *
# workplane on the top face (z=0.125), transformed(offset=(0,-1.5,1), rotate=(60,0,0)),
# four holes of diameter 0.25 at the corners of a 1.5 square on that plane, each bored along the plane's -normal
def build():
    b = box(4.0, 4.0, 0.25)
    pl = FreeCAD.Placement(V(0, -1.5, 0.125 + 1.0), FreeCAD.Rotation(V(1, 0, 0), 60))
    tools = []
    for x, y in [(-0.75, -0.75), (0.75, -0.75), (0.75, 0.75), (-0.75, 0.75)]:
        p = pl.multVec(V(x, y, 0))
        n = pl.Rotation.multVec(V(0, 0, -1))
        tools.append(cylinder(0.125, b.BoundBox.DiagonalLength, (p.x, p.y, p.z), (n.x, n.y, n.z)))
    return cut(b, *tools)
report(build)
