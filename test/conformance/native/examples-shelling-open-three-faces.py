from _ref import *
def build():
    b = box(2, 2, 2)
    return thick(b, [f for f in b.Faces if f.normalAt(0, 0).z > 0.99 or abs(f.normalAt(0, 0).x) > 0.99], 0.1)
report(build)
