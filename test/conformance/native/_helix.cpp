// CadQuery's Wire.makeHelix (cadquery/occ_impl/shapes.py, 2.5), for the native reference scripts:
// a Geom2d line in the (u, v) domain of a cylindrical (or, for angle != 360, conical) surface, made
// an edge on that surface, then its 3D curve built by BRepLib::BuildCurves3d(wire, 1e-6, C1, 14, 2000).
// FreeCAD's Part.makeHelix builds the same edge but calls BuildCurves3d with OCCT's defaults
// (tolerance 1e-5, 30 + knots segments): another B-spline (50 poles of degree 13 instead of 54 of
// degree 14 for the 6-turn helix of thread-swept-helix), and a pipe shell swept along it differs from
// CadQuery's by 8e-5 in volume. FreeCAD's Python has no call taking these arguments, so _ref.py
// compiles this against the OCCT FreeCAD uses and reads the wire it writes (a BREP file).
//
//   _helix pitch height radius cx cy cz dx dy dz angle lefthand out.brep
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <BRepBuilderAPI_MakeEdge.hxx>
#include <BRepBuilderAPI_MakeWire.hxx>
#include <BRepLib.hxx>
#include <BRepTools.hxx>
#include <GCE2d_MakeSegment.hxx>
#include <Geom2d_Line.hxx>
#include <Geom2d_TrimmedCurve.hxx>
#include <Geom_ConicalSurface.hxx>
#include <Geom_CylindricalSurface.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Edge.hxx>
#include <TopoDS_Wire.hxx>
#include <gp_Ax3.hxx>

int main(int argc, char** argv) {
  if (argc != 13) {
    std::fprintf(stderr, "usage: %s pitch height radius cx cy cz dx dy dz angle lefthand out.brep\n", argv[0]);
    return 2;
  }
  double a[11];
  for (int i = 0; i < 11; ++i) a[i] = std::strtod(argv[i + 1], nullptr);
  const double pitch = a[0], height = a[1], radius = a[2], angle = a[9];
  const bool lefthand = a[10] != 0;
  // 1. the underlying cylindrical or conical surface
  const gp_Ax3 axes(gp_Pnt(a[3], a[4], a[5]), gp_Dir(a[6], a[7], a[8]));
  Handle(Geom_Surface) surface;
  if (angle == 360.0) surface = new Geom_CylindricalSurface(axes, radius);
  else surface = new Geom_ConicalSurface(axes, angle * M_PI / 180.0, radius);
  // 2. a segment in the (u, v) domain
  Handle(Geom2d_Line) line = new Geom2d_Line(gp_Pnt2d(0.0, 0.0), gp_Dir2d(lefthand ? -2 * M_PI : 2 * M_PI, pitch));
  const double turns = height / pitch;
  Handle(Geom2d_TrimmedCurve) segment =
      GCE2d_MakeSegment(line->Value(0.0), line->Value(turns * std::sqrt(std::pow(2 * M_PI, 2) + pitch * pitch))).Value();
  // 3. an edge on the surface, a wire, and its 3D curve built as CadQuery builds it
  const TopoDS_Edge edge = BRepBuilderAPI_MakeEdge(segment, surface).Edge();
  const TopoDS_Wire wire = BRepBuilderAPI_MakeWire(edge).Wire();
  if (!BRepLib::BuildCurves3d(wire, 1e-6, GeomAbs_C1, 14, 2000)) return 1;
  return BRepTools::Write(wire, argv[12]) ? 0 : 1;
}
