# A star / sprocket-like wheel: n points around a centre bore.
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "Star Wheel", "description": "Gear-like star with any number of points"}

p_points = IntegerParam(min=3, max=40, desc="Number of points",
                        presets={'default': 5, 'sprocket': 16, 'snowflake': 6})
p_outer = FloatParam(min=10.0, max=200.0, desc="Outer (tip) diameter",
                     presets={'default': 50.0, 'sprocket': 60.0})
p_inner = FloatParam(min=5.0, max=190.0, desc="Inner (root) diameter",
                     presets={'default': 25.0, 'sprocket': 52.0, 'snowflake': 15.0})
p_thickness = FloatParam(min=1.0, max=50.0, desc="Thickness",
                         presets={'default': 5.0, 'sprocket': 4.0})
p_bore = FloatParam(min=0.0, max=50.0, desc="Centre bore diameter (0 for none)",
                    presets={'default': 5.0, 'sprocket': 8.0, 'snowflake': 0.0})


def build():
    n = p_points.value
    if p_inner.value >= p_outer.value:
        raise ValueError("p_inner must be smaller than p_outer")
    pts = []
    for i in range(2 * n):
        r = (p_outer.value if i % 2 == 0 else p_inner.value) / 2
        a = math.pi * i / n
        pts.append((r * math.cos(a), r * math.sin(a)))
    star = cq.Workplane("XY").polyline(pts).close().extrude(p_thickness.value)
    if p_bore.value > 0:
        star = star.faces(">Z").workplane().hole(p_bore.value)
    return star
