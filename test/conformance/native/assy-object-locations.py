from _ref import *
# like-for-like: no (document) — ours writes the two cones as named, coloured products (cone0 green, cone1 blue) through an XCAF document, as CadQuery's Assembly export writes them (with the assembly's structure besides); this exports them as one plain compound
# two placements of Solid.makeCone(1, 0, 2); locations move, they do not change counts or volume
def build():
    cone = Part.makeCone(1, 0, 2)
    return [cone.rotated(V(0, 0, 0), V(1, 0, 0), 180), cone]
report(build)
