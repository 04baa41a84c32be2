from _offset_sketch import *
def build():
    sketch = sketch_face()
    return pocketed(sketch, offset_face(sketch, -0.25))


report(build)
