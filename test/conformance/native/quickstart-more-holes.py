from _quickstart import *
report(plate_with_cbores)
