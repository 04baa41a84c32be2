from _ref import *
def build():
    L, w, t = 20.0, 6.0, 3.0
    # half profile from (-L/2, 0): vLine(w/2), arc through (0, w/2+t) to (L/2, w/2), vLine(-w/2), mirrored in X
    p1, p2, p3, p4 = V(-L / 2, 0, 0), V(-L / 2, w / 2, 0), V(L / 2, w / 2, 0), V(L / 2, 0, 0)
    top = [Part.makeLine(p1, p2), Part.Arc(p2, V(0, w / 2 + t, 0), p3).toShape(), Part.makeLine(p3, p4)]
    bottom = [Part.makeLine(V(L / 2, 0, 0), V(L / 2, -w / 2, 0)), Part.Arc(V(L / 2, -w / 2, 0), V(0, -w / 2 - t, 0), V(-L / 2, -w / 2, 0)).toShape(), Part.makeLine(V(-L / 2, -w / 2, 0), p1)]
    body = extrude(Part.Face(Part.Wire(top + bottom)), (0, 0, 30.0))
    neck = cylinder(3.0, 2.0, (0, 0, 30.0))
    p = fuse(body, neck)
    return thick(p, [f for f in p.Faces if f.Surface.__class__.__name__ == "Plane" and abs(f.CenterOfMass.z - 32.0) < 1e-9], 0.3)
report(build)
