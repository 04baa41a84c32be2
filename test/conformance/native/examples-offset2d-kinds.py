from _ref import *
# a pentagon (circumscribed diameter 10) extruded 0.1 at z=2; its offsets by 1 with arc joins (z=1) and intersection joins (z=0)
def build():
    pent = Part.Wire(Part.makePolygon(polygon_points(5, 10)))
    original = extrude(Part.Face(pent), (0, 0, 0.1)).translated(V(0, 0, 2))
    arc = extrude(Part.Face(pent.makeOffset2D(1, 0, False, False, False)), (0, 0, 0.1)).translated(V(0, 0, 1))
    inter = extrude(Part.Face(pent.makeOffset2D(1, 2, False, False, False)), (0, 0, 0.1))
    return [original, arc, inter]
report(build)
