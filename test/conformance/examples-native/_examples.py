"""
Shared pieces of the native references of the parametric examples (examples/*.ts): the conformance
suite's helpers (../native/_ref.py) plus the calls partforge makes that those scripts approximate.
They clean where partforge cleans, as it cleans (_ref.clean, CadQuery's call, after a boolean, a fillet
and on a made shape alone), so the native build runs the same algorithms as ours, for the
speed comparison of the customizer bench as much as for the shape.

Each script defines build(**values): keyword arguments named as the example's parameters
(p_length, ...) with the example's defaults, and ends with report(build).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "native"))
from _ref import *  # noqa: E402,F401,F403
from _ref import clean, cylinder, V  # noqa: E402
import Part  # noqa: E402


def cut_all(solid, tools):
    """partforge's combineWithBase "cut": one BRepAlgoAPI_Cut of every tool, then clean."""
    return clean(solid.cut(tools if len(tools) > 1 else tools[0]))


def fuse_all(solid, tools):
    """One BRepAlgoAPI_Fuse of disjoint tools (partforge's fuseAll when no two tools' boxes overlap), then clean."""
    return clean(solid.fuse(tools if len(tools) > 1 else tools[0]))


def made_alone(made):
    """
    partforge's combineWithBase with no solid yet: several made shapes fused (disjoint); one left as it
    is: the examples make only prisms of circles and annuli here, which partforge does not clean alone
    (kernel/cleanPrism.ts: clean() would change nothing).
    """
    return made[0] if len(made) == 1 else fuse_all(made[0], made[1:])


def through_depth(solid, points):
    """partforge's hole depth when none is given: the bounding box's diagonal plus the farthest stack point's distance from its centre."""
    bb = solid.BoundBox
    return bb.DiagonalLength + max((V(*p) - bb.Center).Length for p in points)


def bores(solid, d, points, direction, depth=None):
    """partforge's hole(d[, depth]) tools: a cylinder from each point along `direction` (into the material)."""
    length = through_depth(solid, points) if depth is None else depth
    return [cylinder(d / 2, length, p, direction) for p in points]


def fillet_edges(solid, r, edges):
    """partforge's fillet: BRepFilletAPI_MakeFillet (rational), then clean."""
    return clean(solid.makeFillet(r, edges))


def shell_open(solid, faces, t):
    """partforge's shell(t) with faces open, kind "arc": MakeThickSolidByJoin(tolerance 1e-3, Intersection False, arc joins)."""
    return solid.makeThickness(faces, t, 1e-3, False, False, 0, 0)


def rarray_points(x_spacing, y_spacing, nx, ny, z=0.0):
    """A centred rarray on a workplane with xDir along world x, at height z."""
    return [((i - (nx - 1) / 2) * x_spacing, (j - (ny - 1) / 2) * y_spacing, z) for i in range(nx) for j in range(ny)]
