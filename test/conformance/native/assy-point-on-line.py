from _ref import *
# like-for-like: no (solver) — the port solves Fixed and PointOnLine constraints (Assembly.solve); this makes the box and the sphere only
report(lambda: [box(1, 1, 1), Part.makeSphere(0.15)])
