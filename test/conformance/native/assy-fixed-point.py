from _ref import *
# like-for-like: no (solver) — the port solves Fixed and FixedPoint constraints (Assembly.solve); this makes the three parts only
report(lambda: [box(1, 1, 1), Part.makeSphere(0.15), box(1, 1, 1)])
