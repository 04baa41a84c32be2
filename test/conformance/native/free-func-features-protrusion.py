from _ref import *
# a unit box with a cylinder of radius 0.45, height 0.1 standing on the centre of its top face, sewn into one solid
report(lambda: Part.makeBox(1, 1, 1).fuse(cylinder(0.45, 0.1, (0.5, 0.5, 1))))
