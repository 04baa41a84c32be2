from _ref import *
# two placements of Solid.makeCone(1, 0, 2); locations move, they do not change counts or volume
def build():
    cone = Part.makeCone(1, 0, 2)
    return [cone.rotated(V(0, 0, 0), V(1, 0, 0), 180), cone]
report(build)
