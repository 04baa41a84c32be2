from _ref import *
def build():
    length, height, bearing_diam, thickness, padding = 30.0, 40.0, 22.0, 10.0, 8.0
    b = hole_through(box(length, height, thickness), bearing_diam, (0, 0, thickness / 2))
    # cboreHole(2.4, 4.4, 2.1) with depth=None: through (the solid's largest dimension... CadQuery uses the bound box diagonal)
    depth = b.BoundBox.DiagonalLength
    x, y = (length - padding) / 2, (height - padding) / 2
    return cut(b, *moved_to(cbore_tool(2.4, 4.4, 2.1, depth), [(sx * x, sy * y, thickness / 2) for sx in (-1, 1) for sy in (-1, 1)]))
report(build)
