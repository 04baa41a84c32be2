from _ref import *
# the outer wires of the top and bottom faces of Solid.makeBox(1, 2, 3): no face, no area
report(lambda: [f.OuterWire for f in Part.makeBox(1, 2, 3).Faces if abs(f.normalAt(0, 0).z) > 0.99])
