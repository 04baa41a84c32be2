from _ref import *
# the trapezoid on the XZ plane (local (x, y) is world (x, 0, y)) moved to x = 0.5, swept along
# CadQuery's Wire.makeHelix(0.4, 2.4, 0.5) (cq_helix: a 2D line on a cylindrical surface with its 3D
# curve built by BRepLib::BuildCurves3d at 1e-6, as CadQuery does; FreeCAD's Part.makeHelix builds
# another B-spline, see _helix.cpp) by BRepOffsetAPI_MakePipeShell in Frenet mode, made a solid, then
# cleaned (Workplane.sweep's clean=True: CadQuery's ShapeUpgrade_UnifySameDomain, clean). For scale: the exact solid (a screw motion of the trapezoid,
# area A = 0.0375, centroid x̄ = 0.43, six turns) has volume 12π·A·x̄ = 0.6078981785; the pipe shell
# (tolerance 1e-4) is 8e-6 relative from it in CadQuery, partforge and this build alike.


def build():
    r = 0.5
    helix = cq_helix(0.4, 2.4, r)
    points = [V(r + x, 0, z) for x, z in ((-0.15, 0.1), (0.0, 0.05), (0, 0.35), (-0.15, 0.3))]
    profile = Part.makePolygon(points + [points[0]])
    return clean(helix.makePipeShell([profile], True, True))


report(build)
