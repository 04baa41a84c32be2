from _ref import *
# of the boxes 1 x 1 x (i + 1), i = 0..4, the three with volume <= 3 (the three smallest)
report(lambda: [Part.makeBox(1, 1, i + 1, V(2 * i, 0, 0)) for i in range(3)])
