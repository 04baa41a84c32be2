from _ref import *
# the 60 x 80 face with a 22 hole, extruded 10; its |Z edges filleted 6; counterbores r=2.2, depth 10/3
# and through holes r=1.2 at the corners of a 48 x 68 rectangle on the top face
def build():
    height, width, thickness, diameter, padding = 60.0, 80.0, 10.0, 22.0, 12.0
    basef = Part.makeFace([rect_wire(height, width), circle_wire(diameter / 2)], "Part::FaceMakerBullseye")
    base = extrude(basef, (0, 0, thickness))
    base = clean(base.makeFillet(height / 10, [e for e in base.Edges if parallel_to_z(e)]))
    x, y = (height - padding) / 2, (width - padding) / 2
    pts = [(sx * x, sy * y) for sx in (-1, 1) for sy in (-1, 1)]
    base = cut(base, *[cylinder(2.2, thickness / 3, (px, py, thickness), (0, 0, -1)) for px, py in pts])
    return cut(base, *[cylinder(1.2, 2 * thickness, (px, py, thickness), (0, 0, -1)) for px, py in pts])
report(build)
