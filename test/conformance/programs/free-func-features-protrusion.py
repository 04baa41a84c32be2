# CadQuery documentation: doc/free-func.rst, section "Adding features manually" (line 425),
# CadQuery commit d6729f51bf1e. Program text as published; do not edit.
from cadquery.func import *

w = 1
h = 0.1
r = 0.9*w/2

# box
b = box(w, w, w)
# top face
b_top = b.faces('>Z')

# protrusion
feat_side = extrude(circle(r).moved(b_top.Center()), (0,0,h))
feat_top = face(feat_side.edges('>Z'))
feat = shell(feat_side, feat_top) # sew into a shell

# add hole to the box
b_top_hole = b_top.addHole(feat.edges('<Z'))
b = b.replace(b_top, b_top_hole)

# local sewing - only two faces are taken into account
sh = shell(b_top_hole, feat.faces('<Z'), ctx=(b, feat))
# construct the final solid
result = solid(sh)
