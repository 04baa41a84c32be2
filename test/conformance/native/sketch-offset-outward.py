from _offset_sketch import *
report(lambda: pocketed(offset_face(sketch_face(), 0.25), sketch_face()))
