from _ref import *
report(lambda: box(60.0, 80.0, 10.0))
