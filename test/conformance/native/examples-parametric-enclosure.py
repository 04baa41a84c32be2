from _ref import *
# The program's steps, with its default parameters, one OCCT operation each as CadQuery does them:
# box 100 x 150 x 51 (rect extruded); its |Z edges filleted 10, then its straight #Z edges 2 (the fillet
# runs on along the tangent arcs); the inner block 94 x 144 x 45 from z = 3 with its |Z edges filleted 7,
# cut; screw posts (rings r 5 / 2 at (+-38, +-63)) extruded from z = 48 down to 0 and fused; split at z = 47
# by cutting big boxes (CadQuery's rect(big, big) extruded each way) (neither half cleaned: CadQuery's split does not clean, nor does partforge's); the lid moved down 1, the bottom cut from it (clean), moved by
# (103, 0, -46); counterbored holes (4, 8, 1 deep, 6 deep) at the post centres on its top; the lid turned
# about its own centre (a rigid motion, left out) and fused with the bottom.


def fillet_edges(s, r, pick):
    return clean(s.makeFillet(r, [e for e in s.Edges if pick(e)]))


def is_line(e):
    return e.Curve.__class__.__name__ in ("Line", "LineSegment")


def build():
    W, L, H, T, lip = 100.0, 150.0, 50.0, 3.0, 1.0
    oshell = Part.Face(rect_wire(W, L)).extrude(V(0, 0, H + lip))  # no clean(): partforge skips it on a rectangle's prism
    oshell = fillet_edges(oshell, 10.0, parallel_to_z)
    oshell = fillet_edges(oshell, 2.0, lambda e: is_line(e) and abs(e.tangentAt(e.FirstParameter).z) < 1e-9)
    ishell = Part.Face(rect_wire(W - 2 * T, L - 2 * T, (0, 0), T)).extrude(V(0, 0, H - 2 * T))  # likewise
    ishell = fillet_edges(ishell, 10.0 - T, parallel_to_z)
    box_ = cut(oshell, ishell)
    pw, pl = W - 2 * 12.0, L - 2 * 12.0
    top = H + lip - T
    posts = [Part.makeFace([circle_wire(5.0, (sx * pw / 2, sy * pl / 2, top)), circle_wire(2.0, (sx * pw / 2, sy * pl / 2, top))], "Part::FaceMakerBullseye").extrude(V(0, 0, -(H + lip - T)))
             for sx in (-1, 1) for sy in (-1, 1)]
    box_ = fuse(box_, *posts)
    z = H + lip - T - lip
    # CadQuery's split sizes its half-spaces from BoundingBox(), OCCT's tight box (BRepBndLib::AddOptimal).
    big = box_.optimalBoundingBox().DiagonalLength * 10.0
    above = split_half_space(big, (0, 0, z), (0, 0, 1), (1, 0, 0), 1)
    below = split_half_space(big, (0, 0, z), (0, 0, 1), (1, 0, 0), -1)
    lid, bottom = box_.cut(below), box_.cut(above)  # split: Shape.cut, no clean
    cutlip = cut(lid.translated(V(0, 0, -lip)), bottom).translated(V(W + T, 0, T - H + lip))
    ztop = (H + lip) - lip + (T - H + lip)  # the lid's top face after the two moves
    depth = 2.0 * T
    cutlip = cut(cutlip, *moved_to(cbore_tool(4.0, 8.0, 1.0, depth), [(W + T + sx * pw / 2, sy * pl / 2, ztop) for sx in (-1, 1) for sy in (-1, 1)]))
    return fuse(cutlip, bottom)
report(build)
