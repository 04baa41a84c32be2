"""
Shared pieces of the native reference scripts: OpenCascade through FreeCAD's Part module.

Each native script builds the same B-rep its CadQuery program builds, calling the OCCT algorithm
CadQuery calls (Part.makeBox is BRepPrimAPI_MakeBox, shape.cut is BRepAlgoAPI_Cut, makeThickness is
BRepOffsetAPI_MakeThickSolid, and so on), and cleaning where partforge cleans, the way it cleans
(clean: ShapeUpgrade_UnifySameDomain with CadQuery's arguments, after a boolean too), and ends with report(build), which prints one JSON line:
{"solids", "faces", "volume", ["area" when there is no solid], "ms"}: the counts and volume of
every shape of the result, and the wall time of build() in milliseconds.
"""
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
import time

sys.path.append("/usr/lib/freecad-python3/lib")
import FreeCAD  # noqa: E402
import Part  # noqa: E402

V = FreeCAD.Vector
Z = V(0, 0, 1)


def box(l, w, h, at=(0, 0, 0), centered=(True, True, True)):
    """CadQuery's Workplane.box on the XY plane, centred on `at` in the axes `centered` names."""
    off = [(-d / 2 if c else 0) for d, c in zip((l, w, h), centered)]
    return Part.makeBox(l, w, h, V(at[0] + off[0], at[1] + off[1], at[2] + off[2]))


def cylinder(r, h, base=(0, 0, 0), direction=(0, 0, 1)):
    return Part.makeCylinder(r, h, V(*base), V(*direction))


def clean(shape):
    """
    CadQuery's clean(), as partforge runs it (kernel unifySameDomain and booleanOperation) after a
    boolean with clean=True (union, cut, intersect, a feature fused with or cut from its base, hole),
    for Workplane.clean(), after fillet, cutEach, a feature cut up to a face, and a made shape that is
    not combined with a base (not after chamfer or split, which CadQuery does not clean):
    ShapeUpgrade_UnifySameDomain(shape, True, True, True) with internal edges not allowed, OCCT's
    default tolerances (angular: Precision::Angular, 1e-12). (Until 2026-12-07 partforge's booleans
    cleaned with the builder's SimplifyResult(True, True, 1e-3), angular tolerance 1e-3, and the
    references with it: boolean_clean, now gone.)
    Partforge skips it where it would change nothing (a box, a whole-turn cylinder or sphere, a
    straight prism of lines and circles no two of which meet on one curve: kernel/cleanPrism.ts), so
    the references call it only where partforge does.
    (FreeCAD's removeSplitter, which most references used before 2026-12-07, is FreeCAD's own face
    uniter: it left the same solids, faces and volumes on every reference (the skyscrapers' volume moved
    by 8e-8 relative, from cleaning their lofts where partforge does) but the thread nut, which it left
    invalid. It does less work: on the finished results UnifySameDomain takes 2.5-13x its CPU (0.2-16 ms
    against 0.02-3.3 ms; enclosure 4.2 against 0.8), but whole builds moved little: CPU geometric mean
    +5% on the 43 references whose cleans were swapped or added, -7% on the 22 that also dropped a no-op
    clean, +1% on all 65 (A/A 1.00; one process per side, interleaved, 9 rounds, load ~12-20 on 2 cores).)
    """
    unifier = Part.ShapeUpgrade.UnifySameDomain(shape, True, True, True)
    unifier.allowInternalEdges(False)
    unifier.build()
    return unifier.shape()


def fuse(a, *others):
    """partforge's union (clean=True): one BRepAlgoAPI_Fuse of all others, then clean."""
    return clean(a.fuse(list(others) if len(others) > 1 else others[0]))


def cut(a, *others):
    """partforge's cut (clean=True): one BRepAlgoAPI_Cut of all others, then clean."""
    return clean(a.cut(list(others) if len(others) > 1 else others[0]))




def polygon_points(n, diameter, center=(0, 0), z=0.0):
    """CadQuery's polygon(nSides, diameter): vertices on the circumscribed circle, the first at angle 0."""
    r = diameter / 2
    return [V(center[0] + r * math.cos(2 * math.pi * i / n), center[1] + r * math.sin(2 * math.pi * i / n), z) for i in range(n)] + [
        V(center[0] + r, center[1], z)
    ]






def bore(d, depth):
    """CadQuery's hole tool, built once in local coordinates: a cylinder from the origin along -Z."""
    return cylinder(d / 2, depth, (0, 0, 0), (0, 0, -1))


def cbore_tool(d, cd, cdepth, depth):
    """CadQuery's cboreHole tool: the bore fused (Shape.fuse: BRepAlgoAPI_Fuse, not cleaned) with the counterbore, a cylinder from the origin along -Z."""
    return bore(d, depth).fuse(cylinder(cd / 2, cdepth, (0, 0, 0), (0, 0, -1)))


def moved_to(tool, points, direction=(0, 0, -1)):
    """
    cutEach's tools (hole, cboreHole, cskHole): `tool`, built at the origin boring along -Z, moved to
    each point, its -Z turned to `direction`: copies sharing its TShape, each with its own location,
    as CadQuery's Shape.moved makes them (FreeCAD 0.20 has no moved: a Part.Shape of the tool shares
    its TShape, and a Placement set on it is its location). Pass them all to one cut.
    (Until 2026-12-07 the references cut two unfused cylinders per counterbored hole, built where the
    hole is, as partforge did: assy-door's connector, two crossing counterbored holes (6/15, 18 deep
    in a 20 cube), cost 76 ms natively cut as two tools against 28 ms fused first and cut.)
    """
    rotation = FreeCAD.Rotation(V(0, 0, -1), V(*direction))
    copies = []
    for at in points:
        copy = Part.Shape(tool)
        copy.Placement = FreeCAD.Placement(V(*at), rotation)
        copies.append(copy)
    return copies


def hole_through(solid, d, at, depth=None, direction=(0, 0, -1)):
    """CadQuery's hole(d, depth=None) at point `at`: the bore moved from the origin to `at`, along `direction`, cut, cleaned."""
    if depth is None:
        depth = solid.BoundBox.DiagonalLength
    return cut(solid, *moved_to(bore(d, depth), [at], direction))




def add_hole(face, edge):
    """
    CadQuery's Face.addHole(edge) as partforge runs it: BRepBuilderAPI_MakeFace on the face with the
    edge's wire added (FreeCAD's cutHoles), then ShapeFix (partforge: ShapeFix_Face; FreeCAD's fix(),
    given a compound of the face: ShapeFix_Shape, which runs ShapeFix_Face on it, then a check).
    """
    holed = face.copy()
    holed.cutHoles([Part.Wire([edge])])
    fixed = Part.Compound([holed])
    fixed.fix(1e-7, 1e-7, 1e-7)
    return fixed.Faces[0]


def sewn(shapes):
    """
    func.shell / func.solid's sewing (BRepBuilderAPI_Sewing, tolerance 1e-6, manifold) of all the
    faces of `shapes`: FreeCAD's sewShape loads their compound (partforge adds the faces one by one).
    """
    compound = Part.Compound(list(shapes))
    compound.sewShape(1e-6)
    return compound


def thick(solid, faces, t):
    """CadQuery's shell(t) with faces removed: MakeThickSolidByJoin, arc joins, Intersection=True."""
    return solid.makeThickness(faces, t, 1e-4, True, False, 0, 0)


def closed_shell(solid, t):
    """
    CadQuery's shell(t) with no face selected (Mixin3D.shell, then Shape.fix()), step for step:
    MakeThickSolidByJoin with no closing faces (FreeCAD's makeThickness with an empty list: the same
    call, tolerance 1e-4, Intersection=True, arc joins), the first shell of its result and of the
    solid, BRepBuilderAPI_MakeSolid(outer, inner) with the shells as they come, and ShapeFix_Shape at
    its default precisions (1e-7) on that solid, which BRepCheck_Analyzer finds invalid at both signs
    (the inner wall faces the wrong way; measured natively), so CadQuery's fix() always runs it.
    Where FreeCAD cannot say it CadQuery's way, and what that costs (OCCT 7.6 in C++, box(2, 2, 2)):
    - Part.Solid makes the solid with BRepBuilderAPI_MakeSolid but then runs BRepLib::OrientClosedSolid
      (a point classified at infinity: ~0.2 ms at -0.1, ~0.4 ms at +0.1), which turns the +0.1 solid
      inside out into a valid one; reverse() gives back the solid MakeSolid made.
    - shape.fix() runs ShapeFix_Shape and then BRepCheck_Analyzer on the result (and, on a solid, its
      wire, face, shell and solid tools a second time, which doubles the fix: so it is given a compound
      of the solid, where it runs ShapeFix_Shape alone). CadQuery runs BRepCheck_Analyzer before the
      fix instead; calling fix() unconditionally keeps one check and one fix, the check made on the
      fixed solid (~1.1 ms at -0.1, ~3.3 ms at +0.1) where CadQuery's is on the solid made (~1.1, ~3.1).
    """
    shells = [solid.makeThickness([], t, 1e-4, True, False, 0, 0).Shells[0], solid.Shells[0]]
    made = Part.Solid(Part.Compound(shells if t > 0 else shells[::-1]))
    if made.Orientation == "Reversed":
        made.reverse()
    fixed = Part.Compound([made])
    fixed.fix(1e-7, 1e-7, 1e-7)
    return fixed.Solids[0]


def shapes_of(result):
    if isinstance(result, (list, tuple)):
        return [s for r in result for s in shapes_of(r)]
    return [result]


def measure(result):
    shapes = shapes_of(result)
    solids = sum(len(s.Solids) for s in shapes)
    out = {"solids": solids, "faces": sum(len(s.Faces) for s in shapes), "volume": sum(x.Volume for s in shapes for x in s.Solids)}
    if solids == 0:
        out["area"] = sum(s.Area for s in shapes)
    return out


def report(build):
    started = time.perf_counter()
    result = build()
    ms = (time.perf_counter() - started) * 1000
    out = measure(result)
    out["valid"] = all(s.isValid() for s in shapes_of(result))
    out["ms"] = round(ms, 2)
    print(json.dumps(out))


def extrude(face, vector):
    """
    CadQuery's extrude alone (no base): BRepPrimAPI_MakePrism, then clean() (extrude's clean=True),
    which partforge skips on a prism it would leave unchanged (kernel/cleanPrism.ts): the scripts
    extruding such an outline call face.extrude themselves.
    """
    return clean(face.extrude(V(*vector)))


def rect_wire(w, h, center=(0, 0), z=0.0):
    """CadQuery's rect: corners from (-w/2, -h/2) anticlockwise, closed."""
    cx, cy = center
    pts = [V(cx - w / 2, cy - h / 2, z), V(cx + w / 2, cy - h / 2, z), V(cx + w / 2, cy + h / 2, z), V(cx - w / 2, cy + h / 2, z)]
    return Part.makePolygon(pts + [pts[0]])


def circle_wire(r, center=(0, 0, 0), normal=(0, 0, 1)):
    return Part.Wire(Part.makeCircle(r, V(*center), V(*normal)))


def loft(wires, ruled=False):
    return Part.makeLoft(wires, True, ruled)


def parallel_to_z(edge):
    """CadQuery's "|Z" for edges: straight edges along Z (seam lines of cylinders included)."""
    return edge.Curve.__class__.__name__ in ("Line", "LineSegment") and abs(abs(edge.tangentAt(edge.FirstParameter).z) - 1) < 1e-9


def fillet_2d(face, r, at=None):
    """
    A planar face in z = 0 with its corners rounded with radius r (CadQuery's Sketch.fillet, which
    calls BRepFilletAPI_MakeFillet2d), made the 3D way: the face extruded, the edges through those
    corners filleted, and the bottom face taken back. Both give the circular arc of radius r tangent
    to the two edges, so the face is the same. `at(point)` chooses the corners (all when None).
    """
    prism_ = face.extrude(V(0, 0, 1))
    edges = [e for e in prism_.Edges if parallel_to_z(e) and (at is None or at(e.Vertexes[0].Point))]
    rounded = prism_.makeFillet(r, edges)
    return [f for f in rounded.Faces if f.Surface.__class__.__name__ == "Plane" and abs(f.CenterOfMass.z) < 1e-9][0]


def polygon_face(points):
    pts = [V(x, y, 0) for x, y in points]
    return Part.Face(Part.makePolygon(pts + [pts[0]]))


def trapezoid_points(w, h, a1):
    """CadQuery's Sketch.trapezoid(w, h, a1) corners."""
    t = h / math.tan(math.radians(a1))
    return [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2 - t, h / 2), (-w / 2 + t, h / 2)]


def regular_polygon_points(r, n):
    """CadQuery's Sketch.regularPolygon(r, n): the first vertex on +Y."""
    return [(r * math.sin(i * 2 * math.pi / n), r * math.cos(i * 2 * math.pi / n)) for i in range(n)]


def slot_face(w, h, center=(0, 0), vertical=False):
    """CadQuery's Sketch.slot(w, h): two straight sides w long joined by half circles of diameter h."""
    def p(x, y):
        return V(center[0] - y, center[1] + x, 0) if vertical else V(center[0] + x, center[1] + y, 0)
    e1 = Part.makeLine(p(-w / 2, h / 2), p(w / 2, h / 2))
    e2 = Part.Arc(p(w / 2, h / 2), p(w / 2 + h / 2, 0), p(w / 2, -h / 2)).toShape()
    e3 = Part.makeLine(p(w / 2, -h / 2), p(-w / 2, -h / 2))
    e4 = Part.Arc(p(-w / 2, -h / 2), p(-w / 2 - h / 2, 0), p(-w / 2, h / 2)).toShape()
    return Part.Face(Part.Wire([e1, e2, e3, e4]))


def faces_crossed_by_line(shape, point, axis, direction, tol=1e-4):
    """
    CadQuery's facesIntersectedByLine(point, axis, tol, direction): the faces the line crosses,
    nearest first, keeping the crossings ahead of the point ("AlongAxis") or behind it
    ("Opposite") more than tol (a squared distance, as CadQuery compares it) away. Here the
    crossings are the vertices of the shape's section with a long segment of the line
    (BRepAlgoAPI_Section), each given to the faces it lies on.
    """
    p, a = V(*point), V(*axis).normalize()
    reach = shape.BoundBox.DiagonalLength + (p - shape.BoundBox.Center).Length + 1
    segment = Part.makeLine(p - a * reach, p + a * reach)
    hits = []
    for vertex in shape.section(segment).Vertexes:
        offset = vertex.Point - p
        d2 = offset.Length ** 2
        if d2 <= tol or (offset.dot(a) > 0) != (direction == "AlongAxis"):
            continue
        for face in shape.Faces:
            if face.distToShape(vertex)[0] <= 1e-4:
                hits.append((d2, face))
    hits.sort(key=lambda h: h[0])
    return [f for _, f in hits]


def prism_until(solid, profile, until, direction, fuse):
    """
    CadQuery's dprism(upToFace=until) with no taper: BRepFeat_MakeDPrism, which FreeCAD does not
    expose; its BRepFeat_MakePrism along the profile's normal (`direction`) builds the same prism
    feature (a draft prism with angle 0 is a prism), fused (fuse=1) or cut (fuse=0).
    """
    feat = Part.BRepFeat.MakePrism(Sbase=solid, Pbase=profile, Skface=Part.Face(), Direction=V(*direction), Fuse=fuse, Modify=False)
    feat.perform(Until=until)
    return feat.shape()


HELIX_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_helix.cpp")
OCCT_LIBS = ["-lTKernel", "-lTKMath", "-lTKG2d", "-lTKG3d", "-lTKGeomBase", "-lTKBRep", "-lTKTopAlgo"]


def occt_program(source, libraries, purpose):
    """
    The C++ file `source` compiled against the system OCCT (FreeCAD's) with g++ and linked with
    `libraries`, once per version of its source; `purpose` names what needs it in the error raised
    when OCCT's headers are missing.
    """
    with open(source, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    name = os.path.splitext(os.path.basename(source))[0].lstrip("_")
    exe = os.path.join(tempfile.gettempdir(), f"partforge-conformance-{name}-{digest}")
    if not os.path.exists(exe):
        include = os.environ.get("OCCT_INCLUDE", "/usr/include/opencascade")
        if not os.path.isdir(include):
            raise RuntimeError(
                f"{purpose} needs OCCT's headers in {include} (Debian: apt-get install libocct-foundation-dev "
                "libocct-modeling-data-dev libocct-modeling-algorithms-dev) and g++; set OCCT_INCLUDE for another place"
            )
        partial = f"{exe}.{os.getpid()}"
        subprocess.run(["g++", "-O1", "-w", f"-I{include}", source, "-o", partial, *libraries], check=True)
        os.replace(partial, exe)
    return exe


def _helix_program():
    """_helix.cpp compiled against the system OCCT (FreeCAD's)."""
    return occt_program(HELIX_SOURCE, OCCT_LIBS, "cq_helix")


def cq_helix(pitch, height, radius, center=(0, 0, 0), dir=(0, 0, 1), angle=360.0, lefthand=False):
    """
    CadQuery's Wire.makeHelix: the same wire, built by _helix.cpp with the OCCT calls CadQuery makes
    (FreeCAD's Part.makeHelix approximates the 3D curve with other settings, see _helix.cpp).
    """
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "helix.brep")
        args = [pitch, height, radius, *center, *dir, angle, 1 if lefthand else 0]
        subprocess.run([_helix_program(), *(repr(float(x)) for x in args), out], check=True)
        shape = Part.Shape()
        shape.read(out)
    return Part.Wire(shape.Edges)


def split_half_space(size, origin, normal, xdir, side):
    """
    One of CadQuery's split boxes (cadquery/cq.py Workplane.split): rect(size, size) about the
    workplane's `origin` (a closed polygon made a face, BRepBuilderAPI_MakeFace) extruded `size` along
    the `normal` (side 1) or against it (side -1) with BRepPrimAPI_MakePrism.
    """
    o, n, x = V(*origin), V(*normal), V(*xdir)
    y = n.cross(x)
    h = size / 2
    corners = [o + x * sx * h + y * sy * h for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    return Part.Face(Part.makePolygon(corners + corners[:1])).extrude(n * (side * size))


def fused_halves(face, vector):
    """
    CadQuery's extrude(both=True) (cadquery/cq.py Workplane._extrude): a prism each way fused
    (CadQuery sets glue, which FreeCAD's fuse does not expose: the same faces here), not cleaned.
    """
    return face.extrude(V(*vector)).fuse(face.extrude(V(*vector) * -1))
