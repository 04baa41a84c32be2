from _ref import *
# on the top face (z = 0.5) of box(5, 5, 1): the triangle regularPolygon(2, 3) minus regularPolygon(1.5, 3),
# its three outer corners rounded 0.2, extruded 0.5 and fused
def build():
    ring = polygon_face(regular_polygon_points(2, 3)).cut(polygon_face(regular_polygon_points(1.5, 3)))
    ring = fillet_2d(ring, 0.2, lambda p: math.hypot(p.x, p.y) > 1.9)
    return fuse(box(5, 5, 1), ring.translated(V(0, 0, 0.5)).extrude(V(0, 0, 0.5)))
report(build)
