from _ref import *
report(lambda: Part.Face(circle_wire(1)))
