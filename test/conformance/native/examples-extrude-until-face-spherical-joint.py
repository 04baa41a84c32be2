from _ref import *
# The socket: box(12, 12, 10) centred at (0, 0, -2) minus a sphere of radius 5, its vertical edges
# filleted (2), with circle(2) extruded 10 down from its bottom face. The ball: sphere(4.5) with
# circle(1.5) extruded 20 up. Their union (two solids: the ball floats in the socket).
# faces(">X").workplane(centerOption="CenterOfMass") is the plane x = 6 through (6, 0, -2) with x
# direction +Y (CadQuery's _computeXdir), so move(0, 4).slot2D(10, 2, 90) is the vertical slot
# centred at (6, 0, 2); cutBlind(sphere_face) cuts it in up to the socket's spherical face
# (BRepFeat up to a face, see prism_until; the slot's face points +X, the cut goes -X) and cleans.
# workplane(offset=10): the stack holds the solid, so CadQuery keeps the plane's normal and x
# direction and projects the plane origin (6, 0, -2) onto the plane through the solids' centre of
# mass, then offsets it 10 along +X; move(0, 2).circle(0.9).extrude("next") finds no face along
# +X and takes the first face crossed along -X (the ball's sphere), fuses the feature with the
# solids and cleans.
def slot_face(x, y, z, length, d):
    r, h = d / 2, length / 2 - d / 2
    e1 = Part.makeLine(V(x, y + r, z - h), V(x, y + r, z + h))
    e2 = Part.Arc(V(x, y + r, z + h), V(x, y, z + h + r), V(x, y - r, z + h)).toShape()
    e3 = Part.makeLine(V(x, y - r, z + h), V(x, y - r, z - h))
    e4 = Part.Arc(V(x, y - r, z - h), V(x, y, z - h - r), V(x, y + r, z - h)).toShape()
    return Part.Face(Part.Wire([e1, e2, e3, e4]))


def build():
    socket = cut(box(12, 12, 10, (0, 0, -2)), Part.makeSphere(5))
    socket = clean(socket.makeFillet(2, [e for e in socket.Edges if not e.Degenerated and parallel_to_z(e)]))
    sphere_face = [f for f in socket.Faces if f.Surface.__class__.__name__ == "Sphere"][0]
    socket = fuse(socket, cylinder(2, 10, (0, 0, -7), (0, 0, -1)))
    ball = fuse(Part.makeSphere(4.5), cylinder(1.5, 20))
    joint = fuse(socket, ball)
    # The plane's origin is the >X face's centre of mass as OCCT computes it, with its rounding
    # (y is 2.2e-16, not 0, in both kernels): CadQuery carries it into the slot and the pin, and it
    # puts the pin's axis just off the ball's seam plane, which makes the up-to-face feature and the
    # fuse after it much harder for OCCT (measured natively: 143 ms against 35 ms at y = 0).
    o = max(joint.Faces, key=lambda f: f.CenterOfMass.x).CenterOfMass
    slot = slot_face(o.x, o.y, o.z + 4, 10, 2)
    joint = clean(prism_until(joint, slot, sphere_face, (-1, 0, 0), 0))
    mass = sum(s.Volume for s in joint.Solids)
    cx = sum(s.CenterOfMass.x * s.Volume for s in joint.Solids) / mass
    at = (cx + 10, o.y, o.z + 2)
    pin = Part.Face(circle_wire(0.9, at, (1, 0, 0)))
    assert not faces_crossed_by_line(joint, at, (1, 0, 0), "AlongAxis")
    limit = faces_crossed_by_line(joint, at, (-1, 0, 0), "AlongAxis")[0]
    assert limit.Surface.__class__.__name__ == "Sphere" and abs(limit.Surface.Radius - 4.5) < 1e-9
    return fuse(joint, prism_until(joint, pin, limit, (-1, 0, 0), 1))
report(build)
