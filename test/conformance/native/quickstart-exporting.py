from _quickstart import *
report(lambda: filleted(2.0))
