from _ref import *
# circle(2) and rect(0.5, 0.75) make one face with a hole, extruded 0.5
def build():
    outer = Part.Wire(Part.makeCircle(2.0))
    inner = Part.Wire(Part.makePolygon([V(-0.25, -0.375, 0), V(0.25, -0.375, 0), V(0.25, 0.375, 0), V(-0.25, 0.375, 0), V(-0.25, -0.375, 0)]))
    return Part.makeFace([outer, inner], "Part::FaceMakerBullseye").extrude(V(0, 0, 0.5))  # extrude; partforge skips clean() on this prism (it would change nothing)
report(build)
