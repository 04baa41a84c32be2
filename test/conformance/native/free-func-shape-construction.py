from _ref import *
# r1 a wire of two segments; r2 the unit-circle face; r3 the unit cube sewn from the 1 x 1 plane, its copy
# at z = 1 and the four sides extruded from its wire, as CadQuery's solid(f1, f2, *f3) makes it
# (BRepBuilderAPI_Sewing at 1e-6, here sewShape, then a solid from the one shell: Part.Solid is
# BRepBuilderAPI_MakeSolid, where CadQuery's ShapeFix_Solid.SolidFromShell also checks the orientation);
# r4 a compound of a circle, a plane and a cone
# (d1 = 1, d2 = 1.5, h = ... cone(1, 1.5) is the full cone with d = 1, h = 1.5)
def build():
    r1 = Part.Wire([Part.makeLine(V(0, 0, 0), V(1, 0, 0)), Part.makeLine(V(1, 0, 0), V(1, 1, 0))])
    r2 = Part.Face(circle_wire(1))
    f1 = Part.makePlane(1, 1, V(-0.5, -0.5, 0))
    f2 = f1.translated(V(0, 0, 1))
    f3 = f1.OuterWire.extrude(V(0, 0, 1))
    sewn = Part.makeCompound([f1, f2] + f3.Faces)
    sewn.sewShape()
    assert len(sewn.Shells) == 1, len(sewn.Shells)
    r3 = Part.Solid(sewn.Shells[0])
    r4 = Part.makeCompound([Part.makeCircle(1), Part.makePlane(1, 1), Part.makeCone(0.5, 0, 1.5)])
    results = [r1, r2, r3, r4]
    return Part.makeCompound([el.translated(V(2 * i, 0, 0)) for i, el in enumerate(results)])
report(build)
