from _ref import *
# like-for-like: no (solver) — the port solves Point constraints (Assembly.solve); this makes the arc and the four boxes only
# an arc edge (radius 10, 0..90 degrees) and four unit boxes
report(lambda: [Part.makeCircle(10, V(0, 0, 0), V(0, 0, 1), 0, 90)] + [box(1, 1, 1) for _ in range(4)])
