from _ref import *
# the 60 x 80 face with a 22 hole, extruded 10; its |Z edges filleted 6; counterbores r=2.2, depth 10/3
# and through holes r=1.2 at the corners of a 48 x 68 rectangle on the top face. func.prism cuts
# prisms of the circles' faces, as ours does: the counterbores d_cbore down from the top face, the
# through holes (t None) from reach below the top face to reach above it, reach being the base's
# tight bounding box diagonal plus the circle face's (2r·√2). Nothing is cleaned: the free functions
# (extrude, fillet, prism) do not clean, in CadQuery or in partforge.
def build():
    height, width, thickness, diameter, padding = 60.0, 80.0, 10.0, 22.0, 12.0
    basef = Part.makeFace([rect_wire(height, width), circle_wire(diameter / 2)], "Part::FaceMakerBullseye")
    base = basef.extrude(V(0, 0, thickness))
    base = base.makeFillet(height / 10, [e for e in base.Edges if parallel_to_z(e)])
    x, y = (height - padding) / 2, (width - padding) / 2
    pts = [(sx * x, sy * y) for sx in (-1, 1) for sy in (-1, 1)]
    base = base.cut([Part.Face(circle_wire(2.2, (px, py, thickness))).extrude(V(0, 0, -thickness / 3)) for px, py in pts])
    reach = base.optimalBoundingBox().DiagonalLength + 2 * 1.2 * 2 ** 0.5
    return base.cut([Part.Face(circle_wire(1.2, (px, py, thickness - reach))).extrude(V(0, 0, 2 * reach)) for px, py in pts])
report(build)
