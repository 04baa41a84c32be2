from _ref import *
# box(10, 10, 10) centred; the circle r=1 at the origin cut through all
report(lambda: cut(box(10, 10, 10), cylinder(1, 20, (0, 0, 10), (0, 0, -1))))
