from _ref import *
# The plate box(W, H, T, centered=False) with T = 1.5 + R - 0.5 (R, the cap sphere's radius = 0.6725);
# a cylinder r=R, R high on its top at each dot of the text; every top edge of those cylinders filleted
# R - 0.001; fused with the 1.5 thick plate box(W, H, 1.5, centered=False)
TEXT = "⠠ ⠋ ⠗ ⠑ ⠑ ⠠ ⠉ ⠠ ⠁ ⠠ ⠙"


def dots(text, w, h, intercell, start):
    pos = [(0, 2 * h), (0, h), (0, 0), (w, 2 * h), (w, h), (w, 0), (0, -h), (w, -h)]
    out, origin = [], 0
    for c in text:
        for bit, p in enumerate(pos):
            if (1 << bit) & (ord(c) - ord("⠀")):
                out.append((p[0] + origin + start[0], p[1] + start[1]))
        origin += intercell
    return out


def build():
    interdot, intercell, dot_height, dot_diameter = 2.5, 6, 0.5, 1.3
    R = ((dot_diameter / 2) ** 2 + dot_height ** 2) / 2 / dot_height
    W = 2 * interdot + interdot + (len(TEXT) - 1) * intercell
    H = 4 * interdot
    T = 1.5 + R - dot_height
    base = box(W, H, T, centered=(False, False, False))
    cyls = [cylinder(R, R, (x, y, T)) for x, y in dots(TEXT, interdot, interdot, intercell, (interdot, H - 3 * interdot))]
    base = fuse(base, *cyls)
    top = max(f.CenterOfMass.z for f in base.Faces)
    edges = [e for f in base.Faces if abs(f.CenterOfMass.z - top) < 1e-9 for e in f.Edges]
    base = clean(base.makeFillet(R - 0.001, edges))
    return fuse(box(W, H, 1.5, centered=(False, False, False)), base)
report(build)
