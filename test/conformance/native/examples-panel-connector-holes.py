from _ref import *
# box(400, 500, 2); then, one cut (and clean) per loop iteration as the program does: each iteration's
# workplane is z = 1 with its origin at the plate's bounding-box centre (0, 0), moved by center(x, y);
# its pending wires (two screw circles and a connector outline, or a circle r=14) are cut through all,
# and in the round-connector loop four holes d=3.2 at the corners of a 24.7487 square are bored first.


def outline(cx, cy, segments):
    """A closed wire of moveTo/threePointArc/lineTo steps, relative to (cx, cy), on z = 1."""
    def p(x, y):
        return V(cx + x, cy + y, 1)
    edges, cur = [], p(*segments[0])
    for s in segments[1:]:
        if s[0] == "arc":
            edges.append(Part.Arc(cur, p(*s[1]), p(*s[2])).toShape())
            cur = p(*s[2])
        else:
            edges.append(Part.makeLine(cur, p(*s)))
            cur = p(*s)
    edges.append(Part.makeLine(cur, p(*segments[0])))
    return Part.Wire(edges)


def through(wire):
    """cutThruAll's tool for one wire: its face extruded through the plate both ways."""
    return Part.Face(wire).translated(V(0, 0, -10)).extrude(V(0, 0, 20))


def dsub(a, m1, e1, b, m2, c):
    """A D-sub outline as the program draws it, from (-a, -5.7), with the program's own numbers."""
    return [(-a, -5.7), ("arc", (-m1[0], -m1[1]), (-e1[0], -e1[1])), (-b, 2.3), ("arc", (-m2[0], m2[1]), (-c, 5.7)),
            (c, 5.7), ("arc", m2, (b, 2.3)), (e1[0], -e1[1]), ("arc", (m1[0], -m1[1]), (a, -5.7))]


def build():
    result = box(400, 500, 2)
    h_sep, h_sep4DB9 = 60, 30
    shapes = {
        "wide": (23.5, dsub(17.038896, (19.44306, 4.70416), (20.438896, 2.3), 21.25, (20.25416, 4.70416), 17.85)),
        "mid": (16.65, dsub(10.1889, (12.59306, 4.70416), (13.5889, 2.3), 14.4, (13.40416, 4.70416), 11)),
        "db9": (12.5, dsub(6.038896, (8.44306, 4.70416), (9.438896, 2.3), 10.25, (9.25416, 4.70416), 6.85)),
    }
    def connector(kind, cx, cy):
        screw, segs = shapes[kind]
        wires = [circle_wire(1.6, (cx - screw, cy, 1)), circle_wire(1.6, (cx + screw, cy, 1)), outline(cx, cy, segs)]
        return cut(result, *[through(w) for w in wires])
    for cx in (157, 25, -107):
        for idx in range(4):
            result = connector("wide", cx, 210 - idx * h_sep)
        if cx != -107:
            for idx in range(4):
                result = connector("mid", cx, -30 - idx * h_sep)
            for idx in range(8):
                result = connector("db9", cx - 66, 225 - idx * h_sep4DB9)
    for idx in range(4):
        cx, cy = -107, -30 - idx * h_sep
        q = 24.7487 / 2
        result = cut(result, *[cylinder(1.6, result.BoundBox.DiagonalLength, (cx + sx * q, cy + sy * q, 1), (0, 0, -1)) for sx in (-1, 1) for sy in (-1, 1)])
        result = cut(result, through(circle_wire(14, (cx, cy, 1))))
    for idx in range(8):
        result = connector("db9", -173, 225 - idx * h_sep4DB9)
    for idx in range(4):
        cx, cy = -173, -30 - idx * h_sep
        segs = [(-2.9176, -5.3), ("arc", (-6.05, 0), (-2.9176, 5.3)), (2.9176, 5.3), ("arc", (6.05, 0), (2.9176, -5.3))]
        result = cut(result, through(outline(cx, cy, segs)))
    return result
report(build)
