# A simple project box: a shelled enclosure with rounded corners, or its lid.
UOM = "mm"
VERSION = "2.0"
METADATA = {
    "name": "Electronics Enclosure",
    "description": "Project box with rounded vertical corners. Build the box and the lid separately.",
}

p_length = FloatParam(min=20.0, max=250.0, desc="Outside length", group="Size",
                      presets={'default': 80.0, 'arduino': 75.0, 'raspberry pi': 95.0})
p_width = FloatParam(min=20.0, max=250.0, desc="Outside width", group="Size",
                     presets={'default': 50.0, 'arduino': 60.0, 'raspberry pi': 65.0})
p_height = FloatParam(min=10.0, max=150.0, desc="Outside height of the box", group="Size",
                      presets={'default': 30.0, 'arduino': 25.0, 'raspberry pi': 32.0})
p_wall = FloatParam(min=1.0, max=5.0, desc="Wall thickness", group="Walls",
                    presets={'default': 2.0})
p_corner = FloatParam(min=0.5, max=10.0, desc="Radius of the vertical corners", group="Walls",
                      presets={'default': 4.0})
p_part = ChoiceParam(choices=['box', 'lid'], desc="Which part to build",
                     presets={'default': 'box'})


def build():
    L, W, wall = p_length.value, p_width.value, p_wall.value
    if p_part.value == 'lid':
        lid = cq.Workplane("XY").box(L, W, wall).edges("|Z").fillet(p_corner.value)
        lip = (cq.Workplane("XY").workplane(offset=wall / 2)
               .rect(L - 2 * wall - 0.4, W - 2 * wall - 0.4).extrude(wall))
        return lid.union(lip)
    box = cq.Workplane("XY").box(L, W, p_height.value).edges("|Z").fillet(p_corner.value)
    return box.faces(">Z").shell(-wall)
