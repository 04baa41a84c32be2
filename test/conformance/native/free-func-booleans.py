from _ref import *
# c1 = cylinder(d=1, h=2), c2 = cylinder(d=0.5, h=3), f1/f2 = 2 x 2 and 1 x 1 planes at z = 1,
# e1 = the segment x = 0 across them. The free functions do not clean. r7 (c1 split by f1, lower solid)
# and r8 (f2 split by e1, face on -X): partforge's split is BRepAlgoAPI_Splitter (object s1, tool s2),
# which FreeCAD does not expose; generalFuse is BRepAlgoAPI_BuilderAlgo on both, the General Fuse the
# splitter runs (the same intersections, and both split the tool too), whose result also holds the
# tool's pieces: the object's pieces are picked from it (the solids; the faces). FreeCAD turns on
# SetRunParallel there (and on its fuse, cut and common), which partforge's single-threaded kernel cannot.
def build():
    c1, c2 = Part.makeCylinder(0.5, 2), Part.makeCylinder(0.25, 3)
    f1, f2 = Part.makePlane(2, 2, V(-1, -1, 1)), Part.makePlane(1, 1, V(-0.5, -0.5, 1))
    r1 = c2.fuse(c1)
    r2 = f1.fuse(f2)
    r3 = c1.cut(c2)
    r4 = f1.cut(f2)
    r5 = c1.common(c2)
    r6 = f1.common(f2)
    e1 = Part.makeLine(V(0, -2.5, 1), V(0, 2.5, 1))
    r7 = min(c1.generalFuse([f1])[0].Solids, key=lambda s: s.CenterOfMass.z)
    r8 = min(f2.generalFuse([e1])[0].Faces, key=lambda f: f.CenterOfMass.x)
    results = [r1, r2, r3, r4, r5, r6, r7, r8]
    return Part.makeCompound([el.translated(V(2 * i, 0, 0)) for i, el in enumerate(results)])
report(build)
