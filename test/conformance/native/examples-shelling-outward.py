from _ref import *
report(lambda: closed_shell(box(2, 2, 2), 0.1))
