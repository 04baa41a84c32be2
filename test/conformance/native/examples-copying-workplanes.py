from _ref import *
# a cylinder r=1 along +Z from the origin, length 10; the "right" plane (normal +X) at origin (-5,0,0): a second along +X
report(lambda: fuse(cylinder(1, 10), cylinder(1, 10, (-5, 0, 0), (1, 0, 0))))
