from _ref import *
# CadQuery's Wire.makeHelix(6, 20, 20) (cq_helix, see _helix.cpp) moved up by the pitch
# (Workplane.translate); the pentagon on the XZ plane (local (x, y) is world (x, 0, y)) swept along it
# by BRepOffsetAPI_MakePipeShell in Frenet mode, made a solid, cleaned (Workplane.sweep's clean=True;
# the profile stays where it is drawn and is carried along as placed); the nut, the hexagon
# polygon(6, 60) (circumscribed diameter 60, first vertex at angle 0) with the hole r = 20, extruded 26
# (BRepPrimAPI_MakePrism; CadQuery cleans it, partforge skips that no-op), minus the swept thread
# (BRepAlgoAPI_Cut), cleaned (Workplane.cut's clean=True: clean, CadQuery's call, as partforge cleans a boolean;
# FreeCAD's refine, removeSplitter, leaves this nut invalid). For scale, the closed form: the nut is the hexagon's area
# (3√3/2)·30² less π·20², times 26, 28122.420, less the screw motion (10/3 turns) of the pentagon's part
# outside r = 20 (as in thread-bolt, 3830.716): 24291.704. partforge is 1e-8 from it, this build 7e-7.


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
    face = Part.makeFace([Part.makePolygon(polygon_points(6, 60)), circle_wire(radius)], "Part::FaceMakerBullseye")
    body = face.extrude(V(0, 0, height + pitch))  # no clean(): partforge skips it on this prism
    return cut(body, thread)


report(build)
