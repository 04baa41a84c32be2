from _ref import *
# box(1, 1, 1) with a hole r=0.25 cut through along Z (clean); the workplane on its >Y face moved 0.5
# back along the normal is the plane y = 0 (normal +Y); split(keepTop=True) cuts away a big box on the
# other side of it (CadQuery's split: rect(big, big) extruded -big, Shape.cut, no clean), keeping y >= 0
def build():
    c = cut(box(1, 1, 1), cylinder(0.25, 10, (0, 0, 5), (0, 0, -1)))
    # CadQuery's split: boxes of side BoundingBox().DiagonalLength * 10, OCCT's tight box (BRepBndLib::AddOptimal)
    big = c.optimalBoundingBox().DiagonalLength * 10.0
    return c.cut(split_half_space(big, (0, 0, 0), (0, 1, 0), (1, 0, 0), -1))  # split(keepTop): Shape.cut, no clean
report(build)
