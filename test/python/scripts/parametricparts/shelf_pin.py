# Shelf support pin: a peg for a drilled cabinet side with an L or flat support.
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "Shelf Pin", "description": "Replacement shelf support peg"}

p_pin_dia = FloatParam(min=3.0, max=8.0, desc="Peg diameter (the drilled hole)", group="Peg",
                       presets={'default': 5.0, '1/4 inch': 6.35, 'metric 3': 3.0})
p_pin_length = FloatParam(min=3.0, max=20.0, desc="Peg length", group="Peg",
                          presets={'default': 8.0, '1/4 inch': 9.5, 'metric 3': 5.0})
p_support = FloatParam(min=5.0, max=40.0, desc="Length the shelf rests on", group="Support",
                       presets={'default': 15.0, '1/4 inch': 18.0})
p_support_width = FloatParam(min=3.0, max=30.0, desc="Width of the support", group="Support",
                             presets={'default': 8.0})
p_style = ChoiceParam(choices=['L', 'flat'], desc="L-shaped support with a back plate, or a flat tongue",
                      group="Support", presets={'default': 'L', 'metric 3': 'flat'})


def build():
    t = max(p_pin_dia.value * 0.4, 1.5)
    peg = cq.Workplane("YZ").circle(p_pin_dia.value / 2).extrude(-p_pin_length.value)
    tongue = (cq.Workplane("XY")
              .box(p_support.value, p_support_width.value, t, centered=(False, True, False))
              .translate((0, 0, -p_pin_dia.value / 2)))
    part = peg.union(tongue)
    if p_style.value == 'L':
        back = (cq.Workplane("XY")
                .box(t, p_support_width.value, p_pin_dia.value * 2.2, centered=(False, True, True)))
        part = part.union(back)
    return part
