from _ref import *
# like-for-like: no (solver) — the port solves Axis and Point constraints (Assembly.solve); this makes the three boxes only
w, d, h = 10, 10, 10
report(lambda: [box(2 * w, 2 * d, h), box(w, d, 2 * h), box(w, d, 3 * h)])
