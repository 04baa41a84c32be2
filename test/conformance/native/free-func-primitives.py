from _ref import *
# a segment, a circle (r=1), a 1 x 1.5 plane and a unit box, moved apart, in one compound
report(lambda: Part.makeCompound([Part.makeLine(V(0, 0, 0), V(0, 1, 0)), Part.makeCircle(1).translated(V(2, 0, 0)),
                                  Part.makePlane(1, 1.5, V(3.5, -0.75, 0)), Part.makeBox(1, 1, 1, V(6, 0, 0))]))
