from _ref import *
# like-for-like: no (solver) — the port solves an Axis constraint (Assembly.solve); this makes the two cones only
# two Solid.makeCone(1, 0, 2); the solved locations do not change counts or volume
report(lambda: [Part.makeCone(1, 0, 2), Part.makeCone(1, 0, 2)])
