# CadQuery documentation: doc/examples.rst, section "Mirroring Symmetric Geometry" (line 305),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
r = cq.Workplane("front").hLine(1.0)  # 1.0 is the distance, not coordinate
r = (
    r.vLine(0.5).hLine(-0.25).vLine(-0.25).hLineTo(0.0)
)  # hLineTo allows using xCoordinate not distance
result = r.mirrorY().extrude(0.25)  # mirror the geometry and extrude
