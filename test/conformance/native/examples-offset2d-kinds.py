from _ref import *
# a pentagon (circumscribed diameter 10) extruded 0.1 at z=2; its offsets by 1 with arc joins (z=1) and intersection joins (z=0);
# not cleaned: CadQuery's extrude(clean=True) cleans each, partforge skips that no-op on these prisms (kernel/cleanPrism.ts)
def build():
    pent = Part.Wire(Part.makePolygon(polygon_points(5, 10)))
    original = Part.Face(pent).extrude(V(0, 0, 0.1)).translated(V(0, 0, 2))
    arc = Part.Face(pent.makeOffset2D(1, 0, False, False, False)).extrude(V(0, 0, 0.1)).translated(V(0, 0, 1))
    inter = Part.Face(pent.makeOffset2D(1, 2, False, False, False)).extrude(V(0, 0, 0.1))
    return [original, arc, inter]
report(build)
