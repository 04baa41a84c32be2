from _ref import *
# CadQuery's Wire.makeHelix(6, 20, 20) (cq_helix, see _helix.cpp) moved up by the pitch
# (Workplane.translate); the pentagon on the XZ plane (local (x, y) is world (x, 0, y)) swept along it
# by BRepOffsetAPI_MakePipeShell in Frenet mode, made a solid, cleaned (Workplane.sweep's clean=True;
# the profile stays where it is drawn and is carried along as placed); the rod, the circle r = 20
# extruded 26 (BRepPrimAPI_MakePrism; CadQuery cleans it, partforge skips that no-op), fused with the
# swept thread (BRepAlgoAPI_Fuse), cleaned (Workplane.union's clean=True: clean, as partforge
# cleans a boolean). For scale, the closed form: the rod is π·20²·26 = 32672.564; the thread
# adds the screw motion (10/3 turns) of the pentagon's part outside r = 20, the triangle from
# (20, 0.19355) and (20, 6) to (23, 3) (area 8.709677, centroid x 21): 2π·21·8.709677·10/3 = 3830.716;
# the bolt 36503.280. Both builds are 8e-6 relative above it (the pipe shell's 1e-4 tolerance),
# CadQuery's own error, as in thread-swept-helix.


def build():
    pitch, depth, radius, height = 6, 3, 20.0, 20.0
    profile_points = [
        (radius - depth, 0.1),
        (radius - 0.1, 0.1),
        (radius + depth, pitch / 2),
        (radius - 0.1, pitch + 0.1),
        (radius - depth, pitch + 0.1),
    ]
    helix = cq_helix(pitch, height, radius)
    helix.translate(V(0, 0, pitch))
    points = [V(x, 0, z) for x, z in profile_points]
    thread = clean(helix.makePipeShell([Part.makePolygon(points + [points[0]])], True, True))
    body = Part.Face(circle_wire(radius)).extrude(V(0, 0, height + pitch))  # no clean(): partforge skips it on this prism
    return fuse(body, thread)


report(build)
