from _ref import *
# like-for-like: no (solver) — the port solves a Plane constraint (Assembly.solve); this makes the surface and the cone only
from math import sin, cos, pi
# the parametric surface (one face approximating the 41 x 41 points as CadQuery's parametricSurface does:
# GeomAPI_PointsToBSplineSurface, smoothing weights (1, 1, 1), degree <= 6, C2, tolerance 1e-2) and Solid.makeCone(1, 0.1, 2)
def build():
    N = 40
    grid = [[V(u, v, 5 * sin(pi * u / 10) * cos(pi * v / 10)) for v in [20 * j / N for j in range(N + 1)]] for u in [20 * i / N for i in range(N + 1)]]
    surf = Part.BSplineSurface()
    surf.approximate(Points=grid, DegMin=1, DegMax=6, Continuity=2, Tolerance=1e-2, LengthWeight=1.0, CurvatureWeight=1.0, TorsionWeight=1.0)
    return [surf.toShape(), Part.makeCone(1, 0.1, 2)]
report(build)
