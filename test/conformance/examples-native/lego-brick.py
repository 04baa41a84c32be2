from _examples import *
# examples/lego-brick.ts: box(length, width, height) standing on z = 0, shelled -1.2 with its <Z
# face open (partforge's shell: MakeThickSolidByJoin, arc joins); unless a tile, circles
# d = 4.8 + fit on the top face's workplane (z = height) at a centred rarray(8, 8, nx, ny), extruded
# 1.8 and fused (one fuse of the disjoint studs, then clean), and with hollow studs
# hole(d - 2.4, 1.8) from z = height + 1.8 at the same points; then tubes (annuli 6.51/4.8 on the
# XY workplane at a centred rarray(8, 8, nx - 1, ny - 1), extruded height - 1.2) or, for one stud
# wide, pins (d = 3 on rarray(8, 8, nx - 1, 1) or (8, 8, 1, ny - 1)): made alone (fused with each
# other when several, left as they are when one) and then unioned with the brick.

PITCH, PLAY, STUD_DIAMETER, STUD_HEIGHT, WALL, TUBE_OUTER, TUBE_INNER, PIN_DIAMETER = 8.0, 0.1, 4.8, 1.8, 1.2, 6.51, 4.8, 3.0
HEIGHTS = {"brick": 9.6, "plate": 3.2, "tile": 3.2}


def build(p_studs_long=4, p_studs_wide=2, p_kind="brick", p_hollow_studs=False, p_tubes=True, p_fit=0.0):
    nx, ny = p_studs_long, p_studs_wide
    height = HEIGHTS[p_kind]
    length, width = nx * PITCH - 2 * PLAY, ny * PITCH - 2 * PLAY
    stud = STUD_DIAMETER + p_fit
    b = box(length, width, height, centered=(True, True, False))
    brick = shell_open(b, [f for f in b.Faces if f.normalAt(0, 0).z < -0.99], -WALL)
    if p_kind != "tile":
        studs = [Part.Face(circle_wire(stud / 2, p)).extrude(V(0, 0, STUD_HEIGHT)) for p in rarray_points(PITCH, PITCH, nx, ny, height)]
        brick = fuse_all(brick, studs)
        if p_hollow_studs:
            tops = rarray_points(PITCH, PITCH, nx, ny, height + STUD_HEIGHT)
            brick = cut_all(brick, bores(brick, stud - 2 * WALL, tops, (0, 0, -1), STUD_HEIGHT))
    under_top = height - WALL
    if p_tubes and nx > 1 and ny > 1:
        faces = [Part.makeFace([circle_wire(TUBE_OUTER / 2, p), circle_wire(TUBE_INNER / 2, p)], "Part::FaceMakerBullseye") for p in rarray_points(PITCH, PITCH, nx - 1, ny - 1)]
        brick = fuse_all(brick, [made_alone([f.extrude(V(0, 0, under_top)) for f in faces])])
    elif p_tubes and nx * ny > 1:
        along = nx > 1
        points = rarray_points(PITCH, PITCH, nx - 1 if along else 1, 1 if along else ny - 1)
        brick = fuse_all(brick, [made_alone([Part.Face(circle_wire(PIN_DIAMETER / 2, p)).extrude(V(0, 0, under_top)) for p in points])])
    return brick


report(build)
