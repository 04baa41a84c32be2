from _ref import *
# CadQuery's Wire.makeHelix(6, 20, 20) (cq_helix, see _helix.cpp) moved up by the pitch
# (Workplane.translate); the pentagon on the XZ plane (local (x, y) is world (x, 0, y)) swept along it
# by BRepOffsetAPI_MakePipeShell in Frenet mode, made a solid, then cleaned (Workplane.sweep's
# clean=True; the profile stays where it is drawn, below the helix's start, and is carried along as
# placed); the cylinder of radius 20 extruded 26 (BRepPrimAPI_MakePrism, as CadQuery's extrude) minus
# the swept thread, cleaned (Workplane.cut's clean=True: clean, CadQuery's call, as partforge cleans a boolean;
# the prism alone is not: partforge skips that no-op).


def build():
    pitch, depth, radius, height = 6, 3, 20.0, 20.0
    profile_points = [
        (radius + depth, 0.1),
        (radius + 0.1, 0.1),
        (radius - depth, pitch / 2),
        (radius + 0.1, pitch + 0.1),
        (radius + depth, pitch + 0.1),
    ]
    helix = cq_helix(pitch, height, radius)
    helix.translate(V(0, 0, pitch))
    points = [V(x, 0, z) for x, z in profile_points]
    thread = clean(helix.makePipeShell([Part.makePolygon(points + [points[0]])], True, True))
    body = Part.Face(circle_wire(radius)).extrude(V(0, 0, height + pitch))  # no clean(): partforge skips it on this prism
    return cut(body, thread)


report(build)
