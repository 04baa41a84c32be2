from _ref import *
# the profile, extruded 100, turned 90 degrees about X, centred on its bounding box, and fused with its
# mirror images in the planes z = -30, z = 30 (XY through those points) and x = -30, x = 30 (ZY): five
# disjoint solids; the extrusion cleaned (clean) and each union cleaned (clean), as partforge cleans them; the centre is BoundingBox()'s, OCCT's tight box
# (BRepBndLib::AddOptimal), as in CadQuery, not FreeCAD's fast BoundBox
def build():
    pts = [(10, 0), (5, 0), ("arc", (3.9393, 0.4393), (3.5, 1.5)), ("arc", (3.0607, 2.5607), (2, 3)), (1.5, 3),
           ("arc", (0.4393, 3.4393), (0, 4.5)), (0, 13.5), ("arc", (0.4393, 14.5607), (1.5, 15)), (28, 15), (28, 13.5),
           (24, 13.5), (24, 11.5), (27, 11.5), (27, 10), (22, 10), (22, 13.2), (14.5, 13.2), (14.5, 10), (12.5, 10),
           (12.5, 13.2), (5.5, 13.2), (5.5, 2), ("arc", (5.793, 1.293), (6.5, 1)), (10, 1), (10, 0)]
    edges, cur = [], V(*pts[0], 0)
    for p in pts[1:]:
        if p[0] == "arc":
            mid, end = V(*p[1], 0), V(*p[2], 0)
            edges.append(Part.Arc(cur, mid, end).toShape())
            cur = end
        else:
            end = V(*p, 0)
            edges.append(Part.makeLine(cur, end))
            cur = end
    s = clean(Part.Face(Part.Wire(edges)).extrude(V(0, 0, 100)))
    s = s.rotated(V(0, 0, 0), V(1, 0, 0), 90)
    s = s.translated(s.optimalBoundingBox().Center * -1)
    mirrors = [s.mirror(V(0, 0, -30), V(0, 0, 1)), s.mirror(V(0, 0, 30), V(0, 0, 1)), s.mirror(V(-30, 0, 0), V(1, 0, 0)), s.mirror(V(30, 0, 0), V(1, 0, 0))]
    r = s
    for m in mirrors:
        r = fuse(r, m)
    return r
report(build)
