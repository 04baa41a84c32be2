from _ref import *
report(lambda: hole_through(box(60.0, 80.0, 10.0), 22.0, (0, 0, 5)))
