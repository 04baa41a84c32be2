# CadQuery mailing list: the internal counterpart of thread-cut-rod (groups.google.com/g/cadquery/c/
# 5kVRpECcxAU, messages crpn7H05CQAJ and Z_iW1cc8CQAJ, Adam Urbanczyk), composed (not a verbatim
# published program): the same helix raised by one pitch and the same pentagonal profile swept along
# it with isFrenet=True, its point turned outwards (radius + depth instead of radius - depth), cut
# from a nut: a hexagon (polygon(6, 60), as the nut of the cq-thread-experiments bolt and nut, the
# collection cadquery-plugins issue #2 points to) with a bore of the thread's radius.
import cadquery as cq

pitch = 6
depth = 3
radius = 20.0
height = 20.0

profile_points = (
    (radius - depth, 0.1),
    (radius - 0.1, 0.1),
    (radius + depth, pitch / 2),
    (radius - 0.1, pitch + 0.1),
    (radius - depth, pitch + 0.1),
)

wire = cq.Wire.makeHelix(pitch, height, radius)
cut_path = cq.Workplane("XY").newObject([wire]).translate((0, 0, pitch))

profile = (
    cq.Workplane("XZ").polyline(profile_points).close().sweep(cut_path, isFrenet=True)
)

body = cq.Workplane("XY").polygon(6, 60).circle(radius).extrude(height + pitch)

result = body.cut(profile)
