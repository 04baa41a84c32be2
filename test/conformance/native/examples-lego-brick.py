from _ref import *
# 6 x 2 thin brick: box(47.8, 15.8, 3.2) shelled -1.5 with its bottom face removed; studs r=2.4, 1.8 high
# on a centred 8 mm 6 x 2 grid on top (z = 1.6); tubes (r 3.25 outside, 2.4 inside) on the centred 5 x 1 grid,
# from the bottom face's plane (z = -1.6, turned to face up) 1.7 up to the underside of the top. Cleaned where
# partforge cleans: each extrude's union with the solid (clean); not the box (CadQuery cleans it, partforge
# skips that no-op); the studs and tubes themselves are prisms fused uncleaned, in one fuse per extrude
def build():
    pitch, clearance, bumpDiam, bumpHeight, height = 8.0, 0.1, 4.8, 1.8, 3.2
    lbumps, wbumps = 6, 2
    t = (pitch - (2 * clearance) - bumpDiam) / 2.0
    postDiam = pitch - t
    b = box(lbumps * pitch - 2.0 * clearance, wbumps * pitch - 2.0 * clearance, height)
    s = thick(b, [f for f in b.Faces if f.normalAt(0, 0).z < -0.99], -1.0 * t)
    studs = [Part.Face(circle_wire(bumpDiam / 2.0, (pitch * (i - (lbumps - 1) / 2), pitch * (j - (wbumps - 1) / 2), height / 2))).extrude(V(0, 0, bumpHeight)) for i in range(lbumps) for j in range(wbumps)]
    s = fuse(s, *studs)
    tubes = [Part.makeFace([circle_wire(postDiam / 2.0, (pitch * (i - (lbumps - 2) / 2), 0, -height / 2)), circle_wire(bumpDiam / 2.0, (pitch * (i - (lbumps - 2) / 2), 0, -height / 2))], "Part::FaceMakerBullseye").extrude(V(0, 0, height - t)) for i in range(lbumps - 1)]
    return fuse(s, *tubes)
report(build)
