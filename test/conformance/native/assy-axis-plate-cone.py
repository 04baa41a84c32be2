from _ref import *
report(lambda: [hole_through(box(10, 10, 1), 2, (0, 0, 0.5)), Part.makeCone(0.8, 0, 4)])
