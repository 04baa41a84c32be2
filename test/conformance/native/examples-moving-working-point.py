from _ref import *
# circle(3) at (0,0), rect(0.5,0.5) at (1.5,0), circle(0.25) at (0,1.5): one face with two holes, extruded 0.25
def build():
    outer = Part.Wire(Part.makeCircle(3.0))
    sq = Part.Wire(Part.makePolygon([V(1.25, -0.25, 0), V(1.75, -0.25, 0), V(1.75, 0.25, 0), V(1.25, 0.25, 0), V(1.25, -0.25, 0)]))
    c = Part.Wire(Part.makeCircle(0.25, V(0, 1.5, 0)))
    return Part.makeFace([outer, sq, c], "Part::FaceMakerBullseye").extrude(V(0, 0, 0.25))  # extrude; partforge skips clean() on this prism (it would change nothing)
report(build)
