from _ref import *
report(lambda: box(2.0, 2.0, 0.5))
