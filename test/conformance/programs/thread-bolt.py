# CadQuery mailing list: the fused counterpart of thread-cut-rod (groups.google.com/g/cadquery/c/
# 5kVRpECcxAU, messages crpn7H05CQAJ and Z_iW1cc8CQAJ, Adam Urbanczyk), composed (not a verbatim
# published program): the same helix raised by one pitch and the same pentagonal profile swept along it
# with isFrenet=True, its point turned outwards (radius + depth instead of radius - depth) and fused
# with the rod instead of cut from it (`thread.union(core)`, as the screw of CadQuery/OCP issue #198
# does; that screw's own profile is as tall as the pitch with its inner edge on the core's surface, so
# its fuse fails in OCCT, native and partforge alike): a bolt's external thread.
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

body = cq.Workplane("XY").circle(radius).extrude(height + pitch)

result = body.union(profile)
