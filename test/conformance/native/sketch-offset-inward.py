from _offset_sketch import *
report(lambda: pocketed(sketch_face(), offset_face(sketch_face(), -0.25)))
