from _ref import *
from math import sin, cos, pi
# the parametric surface (one face; CadQuery approximates a 40 x 40 grid) and Solid.makeCone(1, 0.1, 2)
def build():
    N = 40
    grid = [[V(u, v, 5 * sin(pi * u / 10) * cos(pi * v / 10)) for v in [20 * j / N for j in range(N + 1)]] for u in [20 * i / N for i in range(N + 1)]]
    surf = Part.BSplineSurface()
    surf.interpolate(grid)
    return [surf.toShape(), Part.makeCone(1, 0.1, 2)]
report(build)
