# One leaf of a butt hinge: a flat leaf with knuckles along one edge and screw holes.
# p_screws is a pattern string: 'o' drills a hole, '.' leaves a gap, spread along the leaf.
UOM = "mm"
VERSION = "1.3"
METADATA = {"name": "Butt Hinge Leaf", "description": "Print two and join them with a pin"}

p_length = FloatParam(min=20.0, max=200.0, desc="Length along the pin", group="Leaf",
                      presets={'default': 60.0, 'cabinet': 40.0, 'door': 90.0})
p_leaf_width = FloatParam(min=10.0, max=80.0, desc="Width of the leaf", group="Leaf",
                          presets={'default': 20.0, 'cabinet': 15.0, 'door': 30.0})
p_thickness = FloatParam(min=1.5, max=8.0, desc="Leaf thickness", group="Leaf",
                         presets={'default': 3.0, 'door': 4.0})
p_knuckles = IntegerParam(min=1, max=9, desc="Knuckles on this leaf", group="Knuckles",
                          presets={'default': 3, 'cabinet': 2, 'door': 3})
p_pin = FloatParam(min=1.0, max=6.0, desc="Pin diameter", group="Knuckles",
                   presets={'default': 3.0, 'door': 4.0})
p_screws = StringParam(desc="Screw hole pattern: o = hole, . = none", group="Screws",
                       presets={'default': 'o.o', 'cabinet': 'oo', 'door': 'o.o.o'})


def build():
    L, W, t = p_length.value, p_leaf_width.value, p_thickness.value
    knuckle_r = t / 2 + p_pin.value / 2 + 0.8
    x0 = p_pin.value / 2 + 1.0  # the leaf runs into the knuckles, clear of the pin
    leaf = cq.Workplane("XY").center(x0 + W / 2, 0).box(W, L, t)
    slots = 2 * p_knuckles.value - 1
    seg = L / slots
    for k in range(p_knuckles.value):
        y = -L / 2 + seg / 2 + 2 * k * seg
        knuckle = (cq.Workplane("XZ").workplane(offset=-(y - seg / 2 + 0.2))
                   .circle(knuckle_r).circle(p_pin.value / 2).extrude(seg - 0.4))
        leaf = leaf.union(knuckle)
    pattern = p_screws.value
    for ch in pattern:
        if ch not in "o.":
            raise ValueError(f"p_screws may only contain 'o' and '.', not {ch!r}")
    holes = [(x0 + W / 2, -L / 2 + L * (i + 0.5) / len(pattern))
             for i, ch in enumerate(pattern) if ch == 'o']
    if holes:
        leaf = (leaf.faces(">Z").workplane(centerOption="ProjectedOrigin", origin=(0, 0, 0))
                .pushPoints(holes).cskHole(p_pin.value * 1.2, p_pin.value * 2.4, 90))
    return leaf
