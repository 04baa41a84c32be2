from _ref import *
# a unit box with a cylindrical hole of radius 0.45 along Z, made by sewing faces (the same B-rep as boring it)
report(lambda: Part.makeBox(1, 1, 1).cut(cylinder(0.45, 1, (0.5, 0.5, 0))))
