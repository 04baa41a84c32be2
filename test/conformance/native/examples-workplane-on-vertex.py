from _ref import *
# a circle of radius 1 centred on the top face's vertex nearest (-x, -y), cut through all
report(lambda: cut(box(3, 2, 0.5), cylinder(1.0, 10, (-1.5, -1.0, 0.25), (0, 0, -1))))
