from _ref import *
# a unit box with a cylinder of radius 0.45, height 0.1 standing on the centre of its top face, sewn into one solid
report(lambda: fuse(Part.makeBox(1, 1, 1), cylinder(0.45, 0.1, (0.5, 0.5, 1))))
