from _ref import *
report(lambda: [box(1, 1, 1), Part.makeSphere(0.15), box(1, 1, 1)])
