# Screw-down cable clip holding one or more round cables side by side.
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "Cable Clip", "description": "Saddle clip for round cables"}

p_cable = FloatParam(min=2.0, max=30.0, desc="Cable diameter",
                     presets={'default': 6.0, 'USB': 4.0, 'mains': 8.5})
p_cables = IntParam(min=1, max=6, desc="Number of cables side by side",
                    presets={'default': 1, 'USB': 3})
p_width = FloatParam(min=4.0, max=30.0, desc="Width of the strap",
                     presets={'default': 8.0})
p_thickness = FloatParam(min=1.0, max=5.0, desc="Strap thickness",
                         presets={'default': 1.6, 'mains': 2.0})
p_screw = FloatParam(min=2.0, max=6.0, desc="Screw hole diameter",
                     presets={'default': 3.5})


def build():
    d, n, t = p_cable.value, p_cables.value, p_thickness.value
    tab = p_screw.value * 2.5
    span = d * n
    outer = (cq.Workplane("XZ").center(0, (d + t) / 2)
             .rect(span + 2 * t, d + t).extrude(p_width.value / 2, both=True))
    inner = (cq.Workplane("XZ").center(0, d / 2)
             .rect(span, d).extrude(p_width.value, both=True))
    tabs = cq.Workplane("XY").box(span + 2 * t + 2 * tab, p_width.value, t, centered=(True, True, False))
    clip = outer.union(tabs).cut(inner)
    return (clip.faces("<Z").workplane(centerOption="ProjectedOrigin", origin=(0, 0, 0))
            .pushPoints([(span / 2 + t + tab / 2, 0), (-(span / 2 + t + tab / 2), 0)])
            .hole(p_screw.value))
