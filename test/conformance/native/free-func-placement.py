from _ref import *
# sphere(d=1) at two locations, cylinder(d=1, h=2) tilted 15 degrees about X at the same two, in one compound
def build():
    locs = [V(0, -1, 0), V(0, 1, 0)]
    s = [Part.makeSphere(0.5, l) for l in locs]
    c = Part.makeCylinder(0.5, 2).rotated(V(0, 0, 0), V(1, 0, 0), 15)
    return Part.makeCompound(s + [c.translated(l + V(2, 0, 0)) for l in locs])
report(build)
