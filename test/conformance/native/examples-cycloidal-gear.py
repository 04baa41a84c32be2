from _ref import *
from math import sin, cos, pi, floor
# parametricCurve: 401 points of gear(t * 2 pi, 6, 1), t = 0 .. 1, approximated by GeomAPI_PointsToBSpline
# with smoothing weights (1, 1, 1), degree <= 6, C2, tolerance 1e-6 (FreeCAD's approximate() calls the same
# constructor). twistExtrude(15, 90): BRepOffsetAPI_MakePipeShell along the straight spine (0,0,0)-(0,0,15)
# with a helix of pitch 60, radius 1 as auxiliary spine (CadQuery's Wire.makeHelix, cq_helix), made solid. Then a hole r=2 cut through along Z.


def hypocycloid(t, r1, r2):
    return ((r1 - r2) * cos(t) + r2 * cos(r1 / r2 * t - t), (r1 - r2) * sin(t) + r2 * sin(-(r1 / r2 * t - t)))


def epicycloid(t, r1, r2):
    return ((r1 + r2) * cos(t) - r2 * cos(r1 / r2 * t + t), (r1 + r2) * sin(t) - r2 * sin(r1 / r2 * t + t))


def gear(t, r1=4, r2=1):
    if (-1) ** (1 + floor(t / 2 / pi * (r1 / r2))) < 0:
        return epicycloid(t, r1, r2)
    return hypocycloid(t, r1, r2)


def build():
    N = 400
    pts = [V(*gear((t / N) * 2 * pi, 6, 1), 0) for t in range(N + 1)]
    curve = Part.BSplineCurve()
    curve.approximate(Points=pts, DegMax=6, Tolerance=1e-6, Continuity="C2", LengthWeight=1, CurvatureWeight=1, TorsionWeight=1)
    profile = Part.Wire(curve.toShape())
    spine = Part.Wire(Part.makeLine(V(0, 0, 0), V(0, 0, 15)))
    helix = cq_helix(360.0 / 90 * 15, 15, 1)
    builder = Part.BRepOffsetAPI.MakePipeShell(spine)
    builder.setAuxiliarySpine(helix, False, 0)
    builder.add(profile)
    builder.build()
    builder.makeSolid()
    twisted = clean(builder.shape())
    return cut(twisted, cylinder(2, 60, (0, 0, 30), (0, 0, -1)))
report(build)
