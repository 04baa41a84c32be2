from _examples import *
# examples/perforated-plate.ts: box(length, width, thickness) standing on z = 0, its four "|Z" edges
# filleted min(margin/2, 6); on the top face's workplane (z = thickness) a centred rarray(pitch,
# pitch, columns, rows) of circles (d = size), squares (rect(size, size)) or hexagons (polygon(6,
# size, circumscribed): corners at 30° + 60° k on a radius of size/2/cos 30°) cut through all
# (partforge's cutThruAll: each face moved down `reach` and extruded 2 × reach up, all cut at once);
# then cskHole(3.4, 6.7, 90) at the corners of a (length - margin) × (width - margin) rectangle on
# the top face: a through cylinder and a cone made as partforge makes it (the triangle (0, 0),
# (r, 0), (0, -h) revolved about the hole's axis), all cut at once.


def outline(shape, size, x, y, z):
    if shape == "round":
        return circle_wire(size / 2, (x, y, z))
    if shape == "square":
        return rect_wire(size, size, (x, y), z)
    r = size / 2 / math.cos(math.pi / 6)
    pts = [V(x + r * math.cos(math.pi / 6 + i * math.pi / 3), y + r * math.sin(math.pi / 6 + i * math.pi / 3), z) for i in range(6)]
    return Part.makePolygon(pts + [pts[0]])


def csk_cone(r, h, x, y, z):
    triangle = Part.Face(Part.makePolygon([V(x, y, z), V(x + r, y, z), V(x, y, z - h), V(x, y, z)]))
    return triangle.revolve(V(x, y, z), V(0, 0, 1), 360)


def build(p_grid="6x4", p_shape="round", p_pitch=10.0, p_hole_size=6.0, p_thickness=2.0, p_margin=12.0, p_mounting_holes=True):
    columns, rows = (int(n) for n in p_grid.split("x"))
    pitch, size, shape = p_pitch, p_hole_size, p_shape
    widest = size / math.cos(math.pi / 6) if shape == "hex" else size
    if pitch - widest < 0.8:
        raise ValueError(f"{shape} holes of {size} mm on a {pitch} mm pitch leave less than 0.8 mm between them")
    margin, thickness = p_margin, p_thickness
    length = (columns - 1) * pitch + widest + 2 * margin
    width = (rows - 1) * pitch + widest + 2 * margin
    plate = box(length, width, thickness, centered=(True, True, False))
    plate = fillet_edges(plate, min(margin / 2, 6), [e for e in plate.Edges if parallel_to_z(e)])

    bb = plate.BoundBox
    reach = bb.DiagonalLength + (bb.Center - V(0, 0, thickness)).Length + 1
    faces = [Part.Face(outline(shape, size, x, y, thickness)) for x, y, _ in rarray_points(pitch, pitch, columns, rows)]
    plate = cut_all(plate, [f.translated(V(0, 0, -reach)).extrude(V(0, 0, 2 * reach)) for f in faces])

    if p_mounting_holes:
        corners = [(sx * (length - margin) / 2, sy * (width - margin) / 2, thickness) for sx in (-1, 1) for sy in (-1, 1)]
        h = 6.7 / 2 / math.tan(math.radians(45))
        cylinders = bores(plate, 3.4, corners, (0, 0, -1))
        tools = [t for c, (x, y, z) in zip(cylinders, corners) for t in (c, csk_cone(6.7 / 2, h, x, y, z))]
        plate = cut_all(plate, tools)
    return plate


report(build)
