from _ref import *
# A circle of radius 2 at (20, 0, 0) revolved 180° about the -Y axis through the origin: a half
# torus arching over z >= 0. rect(20, 4) at the origin extruded "next": the line from the
# rectangle's centre along +Z first crosses the torus (at z = 18), so the prism feature goes up to
# that face (BRepFeat up to a face, see prism_until), fused with the arch and cleaned.
def build():
    arch = clean(Part.Face(circle_wire(2, (20, 0, 0))).revolve(V(0, 0, 0), V(0, -1, 0), 180))
    profile = Part.Face(rect_wire(20, 4))
    limit = faces_crossed_by_line(arch, (0, 0, 0), (0, 0, 1), "AlongAxis")[0]
    return fuse(arch, prism_until(arch, profile, limit, (0, 0, 1), 1))
report(build)
