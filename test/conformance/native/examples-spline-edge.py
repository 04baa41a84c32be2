from _ref import *
# lineTo(3,0), lineTo(3,1), spline through the points including the current one (GeomAPI_Interpolate), close
def build():
    sPnts = [(2.75, 1.5), (2.5, 1.75), (2.0, 1.5), (1.5, 1.0), (1.0, 1.25), (0.5, 1.0), (0, 1.0)]
    sp = Part.BSplineCurve()
    sp.interpolate([V(3.0, 1.0, 0)] + [V(x, y, 0) for x, y in sPnts], False, 1e-6)
    edges = [Part.makeLine(V(0, 0, 0), V(3, 0, 0)), Part.makeLine(V(3, 0, 0), V(3, 1, 0)), sp.toShape(), Part.makeLine(V(0, 1, 0), V(0, 0, 0))]
    return clean(Part.Face(Part.Wire(edges)).extrude(V(0, 0, 0.5)))  # extrude, then clean()
report(build)
