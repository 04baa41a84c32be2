from _ref import *
# two Solid.makeCone(1, 0, 2); the solved locations do not change counts or volume
report(lambda: [Part.makeCone(1, 0, 2), Part.makeCone(1, 0, 2)])
