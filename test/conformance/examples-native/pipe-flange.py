from _examples import *
# examples/pipe-flange.ts: the half-section (radius, height) drawn as a closed polyline on the XZ
# workplane (local (x, y) is world (x, 0, z)) revolved 360° about world z (BRepPrimAPI_MakeRevol,
# then clean: UnifySameDomain); then hole(boltHole) through all from the <Z face's workplane (z = 0, its
# normal -z, so the bores go up) at polarArray(boltCircle/2, 180/bolts, 360, bolts): angles
# 180/bolts + k·360/bolts (the workplane's y is world -y, which maps that set onto itself).

SIZES = {
    "1": dict(flangeOd=4.25, thickness=0.56, raisedFaceOd=2.0, hubOd=1.94, boltCircle=3.12, bolts=4, boltHole=0.62, pipeOd=1.315, wall={"40": 0.133, "80": 0.179}),
    "2": dict(flangeOd=6.0, thickness=0.75, raisedFaceOd=3.62, hubOd=3.06, boltCircle=4.75, bolts=4, boltHole=0.75, pipeOd=2.375, wall={"40": 0.154, "80": 0.218}),
    "3": dict(flangeOd=7.5, thickness=0.94, raisedFaceOd=5.0, hubOd=4.25, boltCircle=6.0, bolts=4, boltHole=0.75, pipeOd=3.5, wall={"40": 0.216, "80": 0.3}),
    "4": dict(flangeOd=9.0, thickness=0.94, raisedFaceOd=6.19, hubOd=5.31, boltCircle=7.5, bolts=8, boltHole=0.75, pipeOd=4.5, wall={"40": 0.237, "80": 0.337}),
    "6": dict(flangeOd=11.0, thickness=1.0, raisedFaceOd=8.5, hubOd=7.56, boltCircle=9.5, bolts=8, boltHole=0.88, pipeOd=6.625, wall={"40": 0.28, "80": 0.432}),
}
RAISED_FACE_HEIGHT = 1 / 16


def build(p_size="2", p_schedule="40", p_length=8.0, p_both_ends=True, p_hub_length=1.5, p_raised_face=True):
    size = SIZES[p_size]
    ends = 2 if p_both_ends else 1
    overall = p_length
    face = RAISED_FACE_HEIGHT if p_raised_face else 0
    flange_z = face + size["thickness"]
    hub = min(p_hub_length, (overall - ends * flange_z) / ends - 0.25)
    if hub < 0.25:
        raise ValueError(f"a {overall} in spool is too short for NPS {p_size} flanges")
    r_in = size["pipeOd"] / 2 - size["wall"][p_schedule]
    r_out = size["pipeOd"] / 2

    def flange_end(z0, d):
        raised = [(size["raisedFaceOd"] / 2, z0), (size["raisedFaceOd"] / 2, z0 + d * face)] if face > 0 else []
        return raised + [(size["flangeOd"] / 2, z0 + d * face), (size["flangeOd"] / 2, z0 + d * flange_z), (size["hubOd"] / 2, z0 + d * flange_z), (r_out, z0 + d * (flange_z + hub))]

    top = list(reversed(flange_end(overall, -1))) if ends == 2 else [(r_out, overall)]
    outline = [(r_in, 0)] + flange_end(0, 1) + top + [(r_in, overall)]
    pts = [V(r, 0, z) for r, z in outline]
    spool = clean(Part.Face(Part.makePolygon(pts + [pts[0]])).revolve(V(0, 0, 0), V(0, 0, 1), 360))

    n = size["bolts"]
    points = [(size["boltCircle"] / 2 * math.cos(math.radians(180 / n + k * 360 / n)), -size["boltCircle"] / 2 * math.sin(math.radians(180 / n + k * 360 / n)), 0) for k in range(n)]
    return cut_all(spool, bores(spool, size["boltHole"], points, (0, 0, 1)))


report(build)
