# An L-shaped angle bracket with a row of screw holes in each leg and an optional gusset.
UOM = "mm"
VERSION = "1.0"
METADATA = {"name": "Angle Bracket", "description": "90 degree shelf bracket"}

p_width = FloatParam(min=10.0, max=100.0, desc="Width of the bracket", group="Size",
                     presets={'default': 30.0, 'small': 15.0, 'heavy': 50.0})
p_leg = FloatParam(min=15.0, max=200.0, desc="Length of each leg", group="Size",
                   presets={'default': 50.0, 'small': 25.0, 'heavy': 100.0})
p_thickness = FloatParam(min=2.0, max=12.0, desc="Material thickness", group="Size",
                         presets={'default': 4.0, 'small': 3.0, 'heavy': 8.0})
p_hole_dia = FloatParam(min=2.0, max=10.0, desc="Screw hole diameter", group="Holes",
                        presets={'default': 4.5, 'small': 3.5, 'heavy': 6.5})
p_holes = IntegerParam(min=0, max=4, desc="Holes per leg", group="Holes",
                       presets={'default': 2, 'small': 1, 'heavy': 3})
p_gusset = BooleanParam(desc="Stiffening gusset in the corner", presets={'default': False, 'heavy': True})


def build():
    w, leg, t = p_width.value, p_leg.value, p_thickness.value
    profile = [(0, 0), (leg, 0), (leg, t), (t, t), (t, leg), (0, leg)]
    part = cq.Workplane("XZ").polyline(profile).close().extrude(-w)
    n = p_holes.value
    if n > 0:
        pitch = (leg - t) / (n + 1)
        xs = [(t + pitch * (i + 1), w / 2) for i in range(n)]
        part = part.faces("<Z").workplane(centerOption="ProjectedOrigin", origin=(0, 0, 0)).pushPoints([(x, -y) for x, y in xs]).hole(p_hole_dia.value)
        part = part.faces("<X").workplane(centerOption="ProjectedOrigin", origin=(0, 0, 0)).pushPoints([(y, x) for x, y in xs]).hole(p_hole_dia.value)
    if p_gusset.value:
        g = leg / 3
        gusset = (cq.Workplane("XZ").workplane(offset=-(w / 2 + t / 2))
                  .polyline([(t, t), (t + g, t), (t, t + g)]).close().extrude(t))
        part = part.union(gusset)
    return part
