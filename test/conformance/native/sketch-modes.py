from _ref import *
# discs r=0.7 at the corners of the construction rectangle 1 x 2; intersected with ellipses (1.2, 1) at the
# centres of its two vertical edges (+-0.5, 0); intersected with a 2 x 2 square; cleaned
# As partforge's Sketch does it: the four discs fused (one BRepAlgoAPI_Fuse, the first disc the
# argument); each "i" one BRepAlgoAPI_Common of the sketch's face with all the new faces as tools (the
# two ellipses together, not fused first); no clean until clean().
def build():
    discs = Part.Face(circle_wire(0.7, (-0.5, -1, 0))).fuse([Part.Face(circle_wire(0.7, (x, y, 0))) for x, y in [(0.5, -1), (0.5, 1), (-0.5, 1)]])
    ellipses = [Part.Face(Part.Wire(Part.Ellipse(V(x, 0, 0), 1.2, 1).toShape())) for x in (-0.5, 0.5)]
    return clean(discs.common(ellipses).common(Part.Face(rect_wire(2, 2))))
report(build)
