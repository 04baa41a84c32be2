from _quickstart import *
# edges("|Z") on the plate: its four vertical edges and the seam lines of the holes, filleted 10
report(lambda: filleted(10.0))
