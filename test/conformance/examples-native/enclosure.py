from _examples import *
# examples/enclosure.ts, both solids it returns:
# base: box(length, width, height) standing on z = 0, its "|Z" edges filleted `corner`, shelled
# -wall with the >Z face open; with bosses: circles d = boss at the corners of a construction
# rect(bossSpanX, bossSpanY) on XY extruded `height` (made alone: one fuse of the four), unioned,
# then hole(pilot, height - wall - 1) down from z = height at the same corners.
# lid: box(length, width, lidThickness) on z = 0, "|Z" edges filleted `corner`, unioned with the lip
# (rect(lipX, lipY) and rect(lipX - 2 wall, lipY - 2 wall) on z = lidThickness, one face with a hole,
# extruded 3 (not cleaned: partforge skips that no-op), its eight "|Z" edges filleted max(corner - wall - 0.3, 0.5)); with bosses,
# cut by the notches (circles d = boss + 2 at the corners, z = lidThickness, extruded 3, fused
# alone) and cskHole(clearance, head, 90) up from the <Z face (z = 0) at the corners; then
# min(vents, ⌊(lipY - 2 wall - 10)/5⌋) slots rect(lipX/2, 2.5) on a centred column of pitch 5 cut
# through all; laid beside the base ("print": moved by (0, width + 10, 0)) or turned over onto it.

SCREWS = {"M2": (1.6, 5, 2.4, 4.4), "M2.5": (2.0, 6, 2.9, 5.5), "M3": (2.5, 7, 3.4, 6.6)}
CLEARANCE, LIP_HEIGHT, SLOT_WIDTH, SLOT_PITCH = 0.3, 3, 2.5, 5


def vertical(shape):
    return [e for e in shape.Edges if parallel_to_z(e)]


def csk_cone(r, h, at):
    """partforge's countersink cone for a hole going up from z = at.z: the triangle (0, 0), (r, 0), (0, h) revolved about z."""
    p = V(*at)
    return Part.Face(Part.makePolygon([p, p + V(r, 0, 0), p + V(0, 0, h), p])).revolve(p, V(0, 0, 1), 360)


def through_all(solid, faces, z):
    """partforge's cutThruAll from a workplane at height z: each face moved `reach` down and extruded 2 reach, all cut at once."""
    bb = solid.BoundBox
    reach = bb.DiagonalLength + (bb.Center - V(0, 0, z)).Length + 1
    return cut_all(solid, [f.translated(V(0, 0, -reach)).extrude(V(0, 0, 2 * reach)) for f in faces])


def build(p_length=100.0, p_width=70.0, p_height=40.0, p_wall=2.0, p_corner_radius=5.0, p_lid_thickness=2.5, p_screw="M3", p_vents=5, p_layout="print", p_bosses=True):
    length, width, height, wall, corner, lid_t = p_length, p_width, p_height, p_wall, p_corner_radius, p_lid_thickness
    pilot, boss, clearance, head = SCREWS[p_screw]
    inset = wall + boss / 2 - 0.5
    span_x, span_y = length - 2 * inset, width - 2 * inset

    def corners(z):
        return [(sx * span_x / 2, sy * span_y / 2, z) for sx in (-1, 1) for sy in (-1, 1)]

    b = box(length, width, height, centered=(True, True, False))
    b = fillet_edges(b, corner, vertical(b))
    base = shell_open(b, [f for f in b.Faces if f.normalAt(0, 0).z > 0.99 and abs(f.CenterOfMass.z - height) < 1e-7], -wall)
    if p_bosses:
        posts = made_alone([Part.Face(circle_wire(boss / 2, p)).extrude(V(0, 0, height)) for p in corners(0)])
        base = fuse_all(base, [posts])
        base = cut_all(base, bores(base, pilot, corners(height), (0, 0, -1), height - wall - 1))

    lip_x, lip_y = length - 2 * (wall + CLEARANCE), width - 2 * (wall + CLEARANCE)
    frame = Part.Face([rect_wire(lip_x, lip_y, (0, 0), lid_t), rect_wire(lip_x - 2 * wall, lip_y - 2 * wall, (0, 0), lid_t)], "Part::FaceMakerBullseye")
    lip = frame.extrude(V(0, 0, LIP_HEIGHT))  # not cleaned: partforge skips that no-op on this prism
    lip = fillet_edges(lip, max(corner - wall - CLEARANCE, 0.5), vertical(lip))
    plate = box(length, width, lid_t, centered=(True, True, False))
    lid = fuse_all(fillet_edges(plate, corner, vertical(plate)), [lip])
    if p_bosses:
        notches = made_alone([Part.Face(circle_wire(boss / 2 + 1, p)).extrude(V(0, 0, LIP_HEIGHT)) for p in corners(lid_t)])
        lid = cut_all(lid, [notches])
        points = corners(0)
        h = head / 2 / math.tan(math.radians(45))
        lid = cut_all(lid, [t for c, p in zip(bores(lid, clearance, points, (0, 0, 1)), points) for t in (c, csk_cone(head / 2, h, p))])
    slots = min(p_vents, math.floor((lip_y - 2 * wall - 10) / SLOT_PITCH))
    if slots > 0:
        faces = [Part.Face(rect_wire(lip_x / 2, SLOT_WIDTH, (0, -y), 0)) for _, y, _ in rarray_points(1, SLOT_PITCH, 1, slots)]
        lid = through_all(lid, faces, 0)
    if p_layout == "assembled":
        lid = lid.rotated(V(0, 0, 0), V(1, 0, 0), 180).translated(V(0, 0, height + lid_t))
    else:
        lid = lid.translated(V(0, width + 10, 0))
    return [base, lid]


report(build)
