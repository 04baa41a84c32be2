from _ref import *
report(lambda: hole_through(box(2, 3, 0.5), 0.5, (0, 0, 0.25)))
