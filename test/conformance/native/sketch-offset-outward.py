from _offset_sketch import *
# Sketch.offset(0.25) in its default mode 'a' fuses the offset face with the sketch's own face (no
# clean: two faces, the ring and the sketch); extrude() makes a prism of each and fuses them
# (Workplane._combineWithBase fuses a compound of solids), then cleans; the pocket is cut as the
# inward program's.
def build():
    sketch = sketch_face()
    faces = sketch.fuse(offset_face(sketch, 0.25)).Faces  # the sketch's face the argument, the offset face the tool, as partforge
    prisms = [f.extrude(V(0, 0, 1.0)) for f in faces]
    solid = fuse(prisms[0], *prisms[1:])
    return cut(solid, sketch.translated(V(0, 0, 1.0)).extrude(V(0, 0, -0.5)))
report(build)
