from _ref import *


def sketch_face():
    """rect(1.0, 4.0) and circle(1.0) fused and cleaned: one face."""
    return clean(Part.Face(rect_wire(1.0, 4.0)).fuse(Part.Face(circle_wire(1.0)))).Faces[0]


def offset_face(face, d):
    """Sketch.offset(d): the outer wire offset with arc joins (BRepOffsetAPI_MakeOffset), as a face."""
    return Part.Face(face.OuterWire.makeOffset2D(d, 0, False, False, False))


def pocketed(outline, pocket):
    """outline extruded 1.0 (not cleaned: partforge skips that no-op on this prism), pocket cut 0.5 deep from the top (cutBlind(-0.5))."""
    return cut(outline.extrude(V(0, 0, 1.0)), pocket.translated(V(0, 0, 1.0)).extrude(V(0, 0, -0.5)))
