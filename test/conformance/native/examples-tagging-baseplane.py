from _ref import *
# box(10,10,10); on its top face (z = 5) a circle r=1 at (-3,0) extruded 3 and one at (3,0) extruded 2
report(lambda: fuse(fuse(box(10, 10, 10), cylinder(1, 3, (-3, 0, 5))), cylinder(1, 2, (3, 0, 5))))
