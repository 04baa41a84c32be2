from _ref import *
# box(80, 60, 10), hole(22) from the top face's centre through the box
report(lambda: hole_through(box(80.0, 60.0, 10.0), 22.0, (0, 0, 5)))
