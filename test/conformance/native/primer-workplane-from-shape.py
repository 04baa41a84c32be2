from _ref import *
# func.box(10, 10, 10) (from the origin); a circle r=1 at its >Z face's centre (5, 5, 10), extruded 10 and fused
report(lambda: fuse(Part.makeBox(10, 10, 10), cylinder(1, 10, (5, 5, 10))))
