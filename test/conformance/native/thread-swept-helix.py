from _ref import *
# the trapezoid on the XZ plane (local (x, y) is world (x, 0, y)) moved to x = 0.5, swept along
# FreeCAD's Part.makeHelix(0.4, 2.4, 0.5) (a 2D line on a cylindrical surface with its 3D curve
# approximated, as CadQuery's Wire.makeHelix) by BRepOffsetAPI_MakePipeShell in Frenet mode, made a
# solid, then clean() (Workplane.sweep's clean=True).


def build():
    r = 0.5
    helix = Part.makeHelix(0.4, 2.4, r)
    points = [V(r + x, 0, z) for x, z in ((-0.15, 0.1), (0.0, 0.05), (0, 0.35), (-0.15, 0.3))]
    profile = Part.makePolygon(points + [points[0]])
    return clean(helix.makePipeShell([profile], True, True))


report(build)
