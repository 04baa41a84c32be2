from _examples import *
# examples/mounting-bracket.ts: the L profile on the XZ workplane (local (x, y) is world (x, 0, z)):
# lines (0, 0) → (length, 0) → (length, t) → (t + r, t), a threePointArc through the bend's middle
# to (t, t + r), lines to (t, height), (0, height) and closed; extruded width/2 both ways (as CadQuery's
# _extrude: a prism width/2 along the XZ normal, -y, and one back, fused), then cleaned;
# the "|Z" edges with the largest x (the base leg's end) filleted, then the "|X" edges with the
# largest z (the wall's top), both with the corner radius, each then cleaned. The holes: cskHole(
# clearance, head, 90) (or hole(clearance)) on the inside faces: z = t at x = (t + r + length)/2,
# y on rarray(1, spacing, 1, count); and x = t at z = (t + r + height)/2, y on a centred row of
# `count` (the workplane's x is world -y), each row's tools cut at once from that face inwards.

SCREWS = {"M3": (3.4, 6.7), "M4": (4.5, 9.0), "M5": (5.5, 11.2), "M6": (6.6, 13.4), "M8": (9.0, 17.9)}


def largest(edges, axis):
    """CadQuery's ">X"-style selection of edges: those whose centre is farthest along the axis."""
    top = max(e.CenterOfMass[axis] for e in edges)
    return [e for e in edges if abs(e.CenterOfMass[axis] - top) < 1e-7]


def along(edge, axis):
    """CadQuery's "|X" / "|Z" for edges: straight edges parallel to the axis."""
    return edge.Curve.__class__.__name__ in ("Line", "LineSegment") and abs(abs(edge.tangentAt(edge.FirstParameter)[axis]) - 1) < 1e-9


def csk_cone(r, h, at, down):
    """partforge's countersink cone: the triangle (0, 0), (r, 0), (0, -h) of the hole's frame revolved about its axis."""
    p, d = V(*at), V(*down)
    side = V(1, 0, 0) if abs(d.x) < 0.5 else V(0, 1, 0)
    triangle = Part.Face(Part.makePolygon([p, p + side * r, p + d * h, p]))
    return triangle.revolve(p, d, 360)


def drill(solid, points, down, clearance, head, countersink):
    cylinders = bores(solid, clearance, points, down)
    if not countersink:
        return cut_all(solid, cylinders)
    h = head / 2 / math.tan(math.radians(45))
    return cut_all(solid, [t for c, p in zip(cylinders, points) for t in (c, csk_cone(head / 2, h, p, down))])


def build(p_width=40.0, p_base_length=60.0, p_wall_height=50.0, p_thickness=5.0, p_bend_radius=6.0, p_corner_radius=5.0, p_screw="M5", p_holes=2, p_countersink=True):
    width, length, height, t, r = p_width, p_base_length, p_wall_height, p_thickness, p_bend_radius
    clearance, head = SCREWS[p_screw]
    count = p_holes
    if length < t + r + head or height < t + r + head:
        raise ValueError(f"the legs are too short for {p_screw} screws: make them at least {t + r + head} mm")
    mid = t + r - r * math.sqrt(0.5)

    def p(x, z):
        return V(x, 0, z)

    edges = [
        Part.makeLine(p(0, 0), p(length, 0)),
        Part.makeLine(p(length, 0), p(length, t)),
        Part.makeLine(p(length, t), p(t + r, t)),
        Part.Arc(p(t + r, t), p(mid, mid), p(t, t + r)).toShape(),
        Part.makeLine(p(t, t + r), p(t, height)),
        Part.makeLine(p(t, height), p(0, height)),
        Part.makeLine(p(0, height), p(0, 0)),
    ]
    face = Part.Face(Part.Wire(edges))
    bracket = clean(fused_halves(face, (0, -width / 2, 0)))  # CadQuery's both=True: the halves fused, then extrude's clean
    bracket = fillet_edges(bracket, p_corner_radius, largest([e for e in bracket.Edges if along(e, 2)], 0))
    bracket = fillet_edges(bracket, p_corner_radius, largest([e for e in bracket.Edges if along(e, 0)], 2))

    spacing = width / count
    if spacing < head + 1:
        raise ValueError(f"{count} {p_screw} holes do not fit across {width} mm")
    row = [(j - (count - 1) / 2) * spacing for j in range(count)]
    bracket = drill(bracket, [((t + r + length) / 2, y, t) for y in row], (0, 0, -1), clearance, head, p_countersink)
    bracket = drill(bracket, [(t, -y, (t + r + height) / 2) for y in row], (-1, 0, 0), clearance, head, p_countersink)
    return bracket


report(build)
