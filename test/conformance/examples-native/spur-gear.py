from _examples import *
# examples/spur-gear.ts: one tooth on +x (lines and a threePointArc through (tip, 0) on the XY
# workplane) extruded `face` (not cleaned: partforge skips that no-op on prisms of lines and arcs), z
# copies turned about z by 360 i / z (BRepBuilderAPI_Transform), fused with the root disc (circle(root)
# extruded `face`) in one boolean; the
# hub (circle(min(bore, root - 1.5 m)) on the >Z face's workplane, extruded hub_length, fused);
# hole(bore) through all from the <Z face's workplane (z = 0, normal -z: the bore goes up); the
# keyway: that workplane's center(0, bore/2) (its y is world -y: the point (0, -bore/2)) and a
# rect(bore/4, bore/4) there cut through all; the lightening holes: hole(d) through all at
# polarArray(R, 0, 360, count) on the next <Z workplane, its origin given as (0, 0, 0): on the axis.


def build(p_module=1.5, p_teeth=24, p_face_width=8.0, p_pressure_angle=20, p_bore=6.0, p_keyway=True, p_hub=True, p_hub_length=6.0, p_lightening_holes=4):
    m, z, face, bore = float(p_module), p_teeth, p_face_width, p_bore
    pitch_r = m * z / 2
    tip_r = pitch_r + m
    root_r = pitch_r - 1.25 * m
    if bore / 2 > root_r - 2 * m:
        raise ValueError(f"a {bore} mm bore is too big for {z} teeth of module {m}")
    slope = math.tan(math.radians(float(p_pressure_angle)))

    def half(r):
        return math.pi * m / 4 - (r - pitch_r) * slope

    inner = root_r - 0.5 * m
    tip_half = half(tip_r)
    tip_x = math.sqrt(tip_r ** 2 - tip_half ** 2)
    wire = Part.Wire([
        Part.makeLine(V(inner, -half(inner), 0), V(tip_x, -tip_half, 0)),
        Part.Arc(V(tip_x, -tip_half, 0), V(tip_r, 0, 0), V(tip_x, tip_half, 0)).toShape(),
        Part.makeLine(V(tip_x, tip_half, 0), V(inner, half(inner), 0)),
        Part.makeLine(V(inner, half(inner), 0), V(inner, -half(inner), 0)),
    ])
    tooth = Part.Face(wire).extrude(V(0, 0, face))
    teeth = [tooth.rotated(V(0, 0, 0), V(0, 0, 1), 360 * i / z) for i in range(z)]
    disc = Part.Face(circle_wire(root_r)).extrude(V(0, 0, face))
    gear = fuse_all(disc, teeth)

    hub_r = min(bore, root_r - 1.5 * m)
    if p_hub:
        gear = fuse_all(gear, [Part.Face(circle_wire(hub_r, (0, 0, face))).extrude(V(0, 0, p_hub_length))])
    gear = cut_all(gear, bores(gear, bore, [(0, 0, 0)], (0, 0, 1)))

    origin = (0, 0)
    if p_keyway:
        origin = (0, -bore / 2)
        key = Part.Face(rect_wire(bore / 4, 2 * bore / 8, origin, 0))
        bb = gear.BoundBox
        reach = bb.DiagonalLength + (bb.Center - V(origin[0], origin[1], 0)).Length + 1
        gear = cut_all(gear, [key.translated(V(0, 0, reach)).extrude(V(0, 0, -2 * reach))])

    web_inner = (hub_r if p_hub else bore / 2) + m
    web_outer = root_r - 1.5 * m
    count = p_lightening_holes
    if count > 0:
        ring = (web_inner + web_outer) / 2
        spacing = 2 * ring * math.sin(math.pi / count) if count > 1 else math.inf
        d = min(0.7 * (web_outer - web_inner), spacing - 2 * m)
        if d >= 2:
            points = [(ring * math.cos(2 * math.pi * k / count), -ring * math.sin(2 * math.pi * k / count), 0) for k in range(count)]
            gear = cut_all(gear, bores(gear, d, points, (0, 0, 1)))
    return gear


report(build)
