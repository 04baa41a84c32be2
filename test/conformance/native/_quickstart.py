from _ref import *


def plate_with_cbores():
    height, width, thickness, diameter, padding = 60.0, 80.0, 10.0, 22.0, 12.0
    b = hole_through(box(height, width, thickness), diameter, (0, 0, thickness / 2))
    depth = b.BoundBox.DiagonalLength
    x, y = (height - padding) / 2, (width - padding) / 2
    return cut(b, *moved_to(cbore_tool(2.4, 4.4, 2.1, depth), [(sx * x, sy * y, thickness / 2) for sx in (-1, 1) for sy in (-1, 1)]))


def filleted(radius):
    s = plate_with_cbores()
    return clean(s.makeFillet(radius, [e for e in s.Edges if parallel_to_z(e)]))
