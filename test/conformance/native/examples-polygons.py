from _ref import *
# box(3, 4, 0.25), two hexagons (circumscribed diameter 1) at (0, ±0.75) cut through
def build():
    b = box(3.0, 4.0, 0.25)
    tools = [Part.Face(Part.makePolygon(polygon_points(6, 1.0, (0, y), 0.125))).extrude(V(0, 0, -1)) for y in (0.75, -0.75)]
    return cut(b, *tools)
report(build)
