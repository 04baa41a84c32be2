from _ref import *
# a unit box whose top and bottom faces get a hole of radius 0.45 (addHole), sewn with its four side
# faces and the prism of the circle into one solid, with the calls the port reaches (no boolean):
# the circle edge extruded w (BRepPrimAPI_MakePrism of the edge: the cylindrical face); addHole:
# BRepBuilderAPI_MakeFace on the face with the circle's wire added, then ShapeFix (partforge runs
# ShapeFix_Face on the face; FreeCAD's fix() runs ShapeFix_Shape, which runs ShapeFix_Face on it, and
# checks the result); remove() keeps the four side faces (no OCCT algorithm); solid(): the seven faces
# sewn (BRepBuilderAPI_Sewing, tolerance 1e-6, manifold: FreeCAD's sewShape loads them as one compound,
# partforge adds them one by one) and the shell closed into a solid (partforge: ShapeFix_Solid's
# SolidFromShell; FreeCAD: Part.Solid, BRepBuilderAPI_MakeSolid and BRepLib::OrientClosedSolid: both
# classify a point at infinity and turn the solid outwards).


def build():
    w = 1.0
    r = 0.9 * w / 2
    b = Part.makeBox(w, w, w, V(-w / 2, -w / 2, 0))
    b_bot = min(b.Faces, key=lambda f: f.CenterOfMass.z)
    b_top = max(b.Faces, key=lambda f: f.CenterOfMass.z)
    inner = Part.makeCircle(r).extrude(V(0, 0, w))
    circles = sorted([e for e in inner.Edges if e.Curve.__class__.__name__ == "Circle"], key=lambda e: e.CenterOfMass.z)
    b_bot_hole = add_hole(b_bot, circles[0])
    b_top_hole = add_hole(b_top, circles[-1])
    sides = [f for f in b.Faces if not f.isSame(b_top) and not f.isSame(b_bot)]
    return Part.Solid(sewn(sides + [b_bot_hole, inner, b_top_hole]).Shells[0])
report(build)
