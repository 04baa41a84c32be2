# A fluted control knob for a potentiometer shaft, with an optional D-flat.
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "Fluted Knob", "description": "Knob for 6 mm pot shafts"}

p_diameter = FloatParam(min=10.0, max=80.0, desc="Knob diameter", group="Knob",
                        presets={'default': 25.0, 'small': 15.0, 'large': 40.0})
p_height = FloatParam(min=5.0, max=40.0, desc="Knob height", group="Knob",
                      presets={'default': 15.0, 'small': 12.0, 'large': 20.0})
p_flutes = IntegerParam(min=0, max=36, desc="Number of grip flutes", group="Knob",
                        presets={'default': 12, 'small': 8, 'large': 18})
p_shaft = FloatParam(min=2.0, max=12.0, desc="Shaft diameter", group="Shaft",
                     presets={'default': 6.0})
p_d_flat = BooleanParam(desc="Shaft has a D flat", group="Shaft", presets={'default': True})


def build():
    r = p_diameter.value / 2
    knob = cq.Workplane("XY").circle(r).extrude(p_height.value)
    n = p_flutes.value
    if n > 0:
        flute_r = min(r * math.pi / n / 2.5, r / 4)
        knob = (knob.faces(">Z").workplane()
                .polarArray(r, 0, 360, n).circle(flute_r).cutThruAll())
    depth = p_height.value * 0.7
    shaft = cq.Workplane("XY").circle(p_shaft.value / 2).extrude(depth)
    if p_d_flat.value:
        flat = (cq.Workplane("XY").center(p_shaft.value * 0.35 + p_shaft.value / 2, 0)
                .rect(p_shaft.value, p_shaft.value * 2).extrude(depth))
        shaft = shaft.cut(flat)
    return knob.cut(shaft)
