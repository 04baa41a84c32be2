from _ref import *
# a unit box with a cylinder of radius 0.45, height 0.1 standing on the centre of its top face, sewn
# into one solid with the calls the port reaches (no boolean): the circle edge at the top face's
# centre extruded h (BRepPrimAPI_MakePrism of the edge: the cylindrical face), the face of its top
# circle, the two sewn into a shell (BRepBuilderAPI_Sewing, tolerance 1e-6); addHole on the box's top
# face (BRepBuilderAPI_MakeFace on the face with the bottom circle's wire added, then ShapeFix: see
# free-func-features-holes.py), that face put in the box's place (replace: BRepTools_ReShape here, as
# in CadQuery; partforge rebuilds the shell and solid around the kept faces); then the sewing of the
# holed face and the cylindrical face into the box and the feature, and solid() of the one shell it
# makes (ShapeFix_Solid's SolidFromShell in partforge, Part.Solid here: both classify a point at
# infinity). The one step not like for like: partforge's shell(..., ctx=(b, feat)) is local sewing,
# BRepBuilderAPI_Sewing with the box and the feature loaded as context and only the two faces added;
# FreeCAD's sewShape can only load a shape and sew all its faces, so here all eight faces of the
# compound of the two are sewn (the same algorithm and tolerance, giving the same shell of 8 faces,
# but analysing 8 faces where partforge's analyses 2).


def build():
    w, h = 1.0, 0.1
    r = 0.9 * w / 2
    b = Part.makeBox(w, w, w, V(-w / 2, -w / 2, 0))
    b_top = max(b.Faces, key=lambda f: f.CenterOfMass.z)
    feat_side = Part.makeCircle(r, b_top.CenterOfMass).extrude(V(0, 0, h))
    circles = sorted([e for e in feat_side.Edges if e.Curve.__class__.__name__ == "Circle"], key=lambda e: e.CenterOfMass.z)
    feat_top = Part.Face(Part.Wire([circles[-1]]))
    feat = sewn([feat_side, feat_top])
    feat_bottom = min(feat.Edges, key=lambda e: e.CenterOfMass.z)
    b_top_hole = add_hole(b_top, feat_bottom)
    b = b.replaceShape([(b_top, b_top_hole)])
    sh = sewn([b, feat])
    assert len(sh.Shells) == 1 and len(sh.Shells[0].Faces) == 8, "the sewing should make one shell of 8 faces"
    return Part.Solid(sh.Shells[0])
report(build)
