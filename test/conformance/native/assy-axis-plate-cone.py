from _ref import *
# like-for-like: no (solver) — the port solves Point and Axis constraints (Assembly.solve); this makes the plate and the cone only
report(lambda: [hole_through(box(10, 10, 1), 2, (0, 0, 0.5)), Part.makeCone(0.8, 0, 4)])
