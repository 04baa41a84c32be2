# V-groove pulley made by revolving its half cross-section, with an optional hub.
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "V Pulley", "description": "Round-belt / O-ring pulley"}

p_diameter = FloatParam(min=10.0, max=200.0, desc="Outside diameter", group="Pulley",
                        presets={'default': 40.0, 'GT2-20': 16.0, 'large': 80.0})
p_width = FloatParam(min=3.0, max=40.0, desc="Width of the rim", group="Pulley",
                     presets={'default': 10.0, 'GT2-20': 7.0})
p_groove = FloatParam(min=0.5, max=15.0, desc="Depth of the V groove", group="Pulley",
                      presets={'default': 3.0, 'GT2-20': 1.5, 'large': 5.0})
p_bore = FloatParam(min=1.0, max=50.0, desc="Shaft bore", group="Shaft",
                    presets={'default': 5.0, 'GT2-20': 5.0, 'large': 8.0})
p_hub = BooleanParam(desc="Add a set-screw hub", group="Shaft", presets={'default': True, 'GT2-20': False})


def build():
    R, w, g = p_diameter.value / 2, p_width.value, p_groove.value
    rb = p_bore.value / 2
    if R - g <= rb + 1:
        raise ValueError("the groove is too deep for this bore")
    profile = [(rb, 0), (R, 0), (R, w * 0.2), (R - g, w / 2), (R, w * 0.8), (R, w), (rb, w)]
    pulley = cq.Workplane("XZ").polyline(profile).close().revolve(360, (0, 0, 0), (0, 1, 0))
    if p_hub.value:
        hub = (cq.Workplane("XY").workplane(offset=w).circle(max(rb * 2, rb + 4)).circle(rb)
               .extrude(w * 0.8))
        pulley = pulley.union(hub)
    return pulley
