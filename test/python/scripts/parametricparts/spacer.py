# Round or hex standoff spacer with a through hole.
UOM = "mm"
VERSION = "1.1"
METADATA = {"name": "Spacer", "description": "Standoff / spacer for PCBs and panels"}

p_outer = FloatParam(min=3.0, max=50.0, desc="Outside diameter (across flats for hex)",
                     presets={'default': 8.0, 'M3': 6.0, 'M4': 7.0, 'M5': 10.0})
p_inner = FloatParam(min=1.0, max=45.0, desc="Hole diameter",
                     presets={'default': 4.3, 'M3': 3.2, 'M4': 4.3, 'M5': 5.3})
p_length = FloatParam(min=1.0, max=100.0, desc="Length of the spacer",
                      presets={'default': 10.0, 'M3': 6.0, 'M5': 20.0})
p_shape = ChoiceParam(choices=['round', 'hex'], desc="Outside shape",
                      presets={'default': 'round', 'M3': 'hex'})
p_chamfer = BooleanParam(desc="Chamfer the outside edges", presets={'default': True})


def build():
    if p_inner.value >= p_outer.value - 1:
        raise ValueError("the hole must be at least 1 mm smaller than the outside")
    wp = cq.Workplane("XY")
    if p_shape.value == 'hex':
        # polygon() takes the circumscribed diameter
        body = wp.polygon(6, p_outer.value / math.cos(math.pi / 6)).extrude(p_length.value)
    else:
        body = wp.circle(p_outer.value / 2).extrude(p_length.value)
    if p_chamfer.value:
        body = body.faces(">Z or <Z").edges().chamfer(min(0.5, p_length.value / 4))
    return body.faces(">Z").workplane().hole(p_inner.value)
