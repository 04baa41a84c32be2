from _ref import *
# a 2 x 2 square face minus a disc of radius 0.5
report(lambda: Part.Face(rect_wire(2, 2)).cut(Part.Face(circle_wire(0.5))))
