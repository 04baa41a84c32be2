# A cable comb: a plate with a row of slots that keeps cables apart, screwed on at both ends.
# A ParametricParts ModelScript in Python: cq, math and the parameter constructors are pre-loaded.
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "Cable comb", "description": "A row of slots that keeps cables apart"}

p_slots = IntegerParam(min=1, max=12, desc="Number of slots", group="Slots", presets={'default': 4, 'wide': 8})
p_cable = FloatParam(min=2.0, max=12.0, desc="Cable diameter", group="Slots", presets={'default': 5.0, 'wide': 3.5})
p_thickness = FloatParam(min=2.0, max=10.0, desc="Plate thickness", presets={'default': 4.0})
p_screw_holes = BooleanParam(desc="A screw hole at each end", presets={'default': True})


def build():
    pitch = p_cable.value * 2
    length = pitch * (p_slots.value + 1)
    height = p_cable.value * 3
    comb = cq.Workplane("XY").box(length, height, p_thickness.value)
    # one slot per cable, open at the top edge
    xs = [(i - (p_slots.value - 1) / 2) * pitch for i in range(p_slots.value)]
    slots = (cq.Workplane("XY")
             .pushPoints([(x, height / 2) for x in xs])
             .slot2D(p_cable.value * 3, p_cable.value, 90)
             .extrude(p_thickness.value, both=True))
    comb = comb.cut(slots)
    if p_screw_holes.value:
        ends = [(-length / 2 + pitch / 2, -height / 4), (length / 2 - pitch / 2, -height / 4)]
        comb = comb.faces(">Z").workplane().pushPoints(ends).hole(min(3.2, p_cable.value))
    return comb
