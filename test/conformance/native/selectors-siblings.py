from _ref import *
# the faces sharing an edge with the >Z face of box(10, 10, 10): the four side faces
report(lambda: [f for f in box(10, 10, 10).Faces if abs(f.normalAt(0, 0).z) < 0.01])
