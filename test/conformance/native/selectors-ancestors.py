from _ref import *
# the >Z face's <Y edge of box(10, 10, 10); its ancestors of type Face: the top and the front face
def build():
    b = box(10, 10, 10)
    return [f for f in b.Faces if (f.normalAt(0, 0).z > 0.99 or f.normalAt(0, 0).y < -0.99)]
report(build)
