from _ref import *
# Each skyscraper: rect(5, 16) at z = 0, ellipse(3, 8) at z = 10 and slot2D(20, 5, 90) at z = 20
# (CadQuery's wires, starting where CadQuery's start), lofted smooth (ThruSections), turned about
# the vertical through its centre of mass, then located at its point. transformed((0, -90, 0))
# turns the XY plane about its y axis by -90°: normal -X, x direction +Z (y stays +Y), so
# moveTo(15, 0).rect(3, 3, forConstruction=True).vertices() are the points (0, ±1.5, 15 ± 1.5),
# and circle(1).cutBlind("last") cuts from each, one after the other, up to the last face the
# line from its centre crosses along +X (cutting: the faces behind the -X normal), with
# BRepFeat up to a face (see prism_until), then cleans.
def ellipse_wire(rx, ry, z):
    """CadQuery's ellipse(rx, ry) with ry > rx: gp_Elips(ry, rx) turned 90° about +Z, so it starts at (0, ry)."""
    return Part.Wire(Part.Ellipse(V(0, ry, z), V(-rx, 0, z), V(0, 0, z)).toShape())


def slot2d_wire(length, d, angle, z):
    """CadQuery's slot2D: p1 = (-length/2 + r, r), line, arc, line, arc, turned by angle."""
    r = d / 2
    p1, p2 = V(-length / 2 + r, r, z), V(length / 2 - r, r, z)
    p3, p4 = V(length / 2 - r, -r, z), V(-length / 2 + r, -r, z)
    a1, a2 = p2 + V(r, -r, 0), p4 + V(-r, r, 0)
    w = Part.Wire([Part.makeLine(p1, p2), Part.Arc(p2, a1, p3).toShape(), Part.makeLine(p3, p4), Part.Arc(p4, a2, p1).toShape()])
    w.rotate(V(0, 0, 0), V(0, 0, 1), angle)
    return w


def build():
    towers = []
    for (x, y), angle in zip([(-16, 1), (-8, 0), (7, 0.2), (17, -1.2)], [15, 0, -8, 10]):
        tower = loft([rect_wire(5, 16), ellipse_wire(3, 8, 10), slot2d_wire(20, 5, 90, 20)])
        tower = clean(tower).Solids[0]  # loft(clean=True) on its own Workplane
        c = tower.CenterOfMass
        tower.rotate(c, V(0, 0, 1), angle)
        tower.translate(V(x, y, 0))
        towers.append(clean(tower))  # eachpoint(clean=True) cleans each placed result
    city = Part.makeCompound(towers)
    result = city
    for y, z in [(-1.5, 13.5), (1.5, 13.5), (1.5, 16.5), (-1.5, 16.5)]:
        hole = Part.Face(circle_wire(1, (0, y, z), (-1, 0, 0)))
        limit = faces_crossed_by_line(city, (0, y, z), (-1, 0, 0), "Opposite")[-1]
        result = prism_until(result, hole, limit, (1, 0, 0), 0)
    return clean(result)
report(build)
