from _ref import *
# like-for-like: no (solver) — the port solves Fixed, FixedPoint and FixedAxis constraints (Assembly.solve); this makes the two parts only
import math
# a unit box, and rect(0.1, 0.1) extruded 1 with taper -15 (LocOpe_DPrism: the sides lean out 15 degrees):
# a frustum of a square pyramid, the same planar faces as a ruled loft between the two squares
def build():
    top = 0.1 + 2 * math.tan(math.radians(15))
    return [box(1, 1, 1), loft([rect_wire(0.1, 0.1), rect_wire(top, top, (0, 0), 1.0)], ruled=True)]
report(build)
