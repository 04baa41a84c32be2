from _ref import *
# like-for-like: no (solver) — the port solves the door's Plane, Axis and Point constraints (Assembly.solve); this makes the ten parts only
# The door's ten parts (their locations, solved by constraints in CadQuery, change no count or volume):
# - four V-slot profiles (DXF outline: outer wire and inner wires as one face) extruded 400, 400, 200, 200;
# - four connectors: box(20, 20, 20) with cboreHole(6, 15, 18) through from its <X face centre along +X,
#   then the same from its <Z face's centre of mass along +Z;
# - the panel: rect(212, 412) on XZ extruded 3 (towards -Y); 12 x 12 squares at its four >Y corners cut through;
#   two holes d=3 bored from the <Y face at (x, z) = (-212/3, +-25);
# - the handle: a 4 x 4 square on YZ swept along the polyline (0,0)-(20,0)-(20,50)-(0,50) with round
#   transitions (BRepOffsetAPI_MakePipeShell, corrected Frenet), then holes d=4/1.5 bored from both
#   x = 0 end faces along +X (through: the bounding box diagonal).
import os
DXF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "programs", "vslot-2020_1.dxf")


def dxf_edges(path):
    lines = [l.strip() for l in open(path, encoding="utf8").read().split("\n")]
    pairs = list(zip(lines[0::2], lines[1::2]))
    entities, current, inside = [], None, False
    for code, value in pairs:
        if code == "2" and value == "ENTITIES":
            inside = True
            continue
        if not inside:
            continue
        if code == "0":
            if current:
                entities.append(current)
            if value == "ENDSEC":
                break
            current = {"type": value}
        else:
            current.setdefault(code, value)
    edges = []
    for e in entities:
        f = lambda k: float(e[k])
        if e["type"] == "LINE":
            edges.append(Part.makeLine(V(f("10"), f("20"), 0), V(f("11"), f("21"), 0)))
        elif e["type"] == "ARC":
            edges.append(Part.makeCircle(f("40"), V(f("10"), f("20"), 0), V(0, 0, 1), f("50"), f("51")))
        elif e["type"] == "CIRCLE":
            edges.append(Part.makeCircle(f("40"), V(f("10"), f("20"), 0)))
    return edges


def profile_face():
    wires = [Part.Wire(chain) for chain in Part.sortEdges(dxf_edges(DXF))]
    wires.sort(key=lambda w: -Part.Face(w).Area)
    return Part.makeFace(wires, "Part::FaceMakerBullseye")


def connector():
    b = box(20, 20, 20)
    depth = b.BoundBox.DiagonalLength
    b = cut(b, *moved_to(cbore_tool(6, 15, 18, depth), [(-10, 0, 0)], (1, 0, 0)))
    depth = b.BoundBox.DiagonalLength
    return cut(b, *moved_to(cbore_tool(6, 15, 18, depth), [(0, 0, -10)], (0, 0, 1)))


def panel(w, h, t, cutout):
    p = Part.Face(Part.makePolygon([V(-w / 2, 0, -h / 2), V(w / 2, 0, -h / 2), V(w / 2, 0, h / 2), V(-w / 2, 0, h / 2), V(-w / 2, 0, -h / 2)])).extrude(V(0, -t, 0))  # no clean(): partforge skips it on this prism
    squares = [Part.Face(Part.makePolygon([V(x - cutout, 0, z - cutout), V(x + cutout, 0, z - cutout), V(x + cutout, 0, z + cutout), V(x - cutout, 0, z + cutout), V(x - cutout, 0, z - cutout)])).translated(V(0, 10, 0)).extrude(V(0, -20, 0))
               for x in (-w / 2, w / 2) for z in (-h / 2, h / 2)]
    p = cut(p, *squares)
    depth = p.BoundBox.DiagonalLength
    return cut(p, *moved_to(bore(3, depth), [(-w / 3, -t, z) for z in (25.0, -25.0)], (0, 1, 0)))


def handle(w, h, r):
    path = Part.Wire(Part.makePolygon([V(0, 0, 0), V(w, 0, 0), V(w, h, 0), V(0, h, 0)]))
    square = Part.Wire(Part.makePolygon([V(0, -r / 2, -r / 2), V(0, r / 2, -r / 2), V(0, r / 2, r / 2), V(0, -r / 2, r / 2), V(0, -r / 2, -r / 2)]))
    builder = Part.BRepOffsetAPI.MakePipeShell(path)
    builder.setFrenetMode(False)
    builder.setTransitionMode(2)
    builder.add(square)
    builder.build()
    builder.makeSolid()
    s = clean(builder.shape())
    depth = s.BoundBox.DiagonalLength
    return cut(s, *moved_to(bore(r / 1.5, depth), [(0, y, 0) for y in (0.0, h)], (1, 0, 0)))


def build():
    H, W, SLOT_D, PANEL_T = 400, 200, 6, 3
    face = profile_face()
    vslots = [face.extrude(V(0, 0, l)) for l in (H, H, W, W)]  # no clean(): partforge skips it on this prism
    return vslots + [connector() for _ in range(4)] + [panel(W + 2 * SLOT_D, H + 2 * SLOT_D, PANEL_T, SLOT_D), handle(20, 50, 4)]
report(build)
