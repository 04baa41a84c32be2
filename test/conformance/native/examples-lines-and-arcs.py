from _ref import *
def build():
    edges = [Part.makeLine(V(0, 0, 0), V(2, 0, 0)), Part.makeLine(V(2, 0, 0), V(2, 1, 0)),
             Part.Arc(V(2, 1, 0), V(1, 1.5, 0), V(0, 1, 0)).toShape(), Part.makeLine(V(0, 1, 0), V(0, 0, 0))]
    return Part.Face(Part.Wire(edges)).extrude(V(0, 0, 0.25))  # extrude; partforge skips clean() on this prism (it would change nothing)
report(build)
