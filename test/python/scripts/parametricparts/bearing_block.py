# Pillow block for a ball bearing: a base plate with a pressed-in bearing seat and
# (optionally) four counterbored mounting holes.
UOM = "mm"
VERSION = "1.2"
METADATA = {
    "name": "Bearing Pillow Block",
    "description": "A pillow block for a standard deep-groove ball bearing. Pick your bearing from the presets.",
    "author": "pp_user_dcowden",
}

p_length = FloatParam(min=30.0, max=200.0, desc="Length of the block", group="Block",
                      presets={'default': 80.0, '608': 50.0, '6000': 60.0, '6204': 90.0})
p_width = FloatParam(min=30.0, max=200.0, desc="Width of the block", group="Block",
                     presets={'default': 60.0, '608': 36.0, '6000': 40.0, '6204': 70.0})
p_thickness = FloatParam(min=5.0, max=40.0, desc="Thickness of the block (the bearing's width or more)", group="Block",
                         presets={'default': 10.0, '608': 7.0, '6000': 8.0, '6204': 14.0})
p_bore = FloatParam(min=5.0, max=80.0, desc="Bearing outside diameter", group="Bearing",
                    presets={'default': 22.0, '608': 22.0, '6000': 26.0, '6204': 47.0})
p_mounting_holes = BooleanParam(desc="Counterbored holes in the corners", group="Mounting",
                                presets={'default': True})
p_bolt = FloatParam(min=2.0, max=10.0, desc="Bolt clearance diameter", group="Mounting",
                    presets={'default': 3.4, '608': 3.4, '6000': 3.4, '6204': 5.5})


def build():
    inset = p_bolt.value * 2.5
    block = cq.Workplane("XY").box(p_length.value, p_width.value, p_thickness.value)
    block = block.faces(">Z").workplane().hole(p_bore.value)
    if p_mounting_holes.value:
        block = (block.faces(">Z").workplane()
                 .rect(p_length.value - 2 * inset, p_width.value - 2 * inset, forConstruction=True)
                 .vertices()
                 .cboreHole(p_bolt.value, p_bolt.value * 1.8, p_thickness.value / 4))
    return block.edges("|Z").fillet(2.0)
