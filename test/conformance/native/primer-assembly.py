from _ref import *
# like-for-like: no (document) — ours writes the three boxes as named products (two coloured) through an XCAF document, as CadQuery's Assembly export writes them (with the assembly's structure besides); this exports them as one plain compound
w, d, h = 10, 10, 10
report(lambda: [box(2 * w, 2 * d, h), box(w, d, 2 * h), box(w, d, 3 * h)])
