// Native meshing for `npm run bench -- native` (bench/native/driver.py has it built with g++ against
// the system's OCCT 7.6 by test/conformance/native/_ref.py's occt_program): the same work as partforge's STL export, in native code, the way CadQuery
// exports an STL natively (BRepMesh_IncrementalMesh, then StlAPI_Writer), so the meshing ratio
// compares like with like. FreeCAD's MeshPart.meshFromShape, which the driver used before, also
// welds the vertices (a std::set of points), builds FreeCAD's mesh kernel with its neighbour table
// and a Python mesh object, and writes the STL through FreeCAD's own writer: none of which
// partforge does (measured on examples-occ-bottle: ~20 % of that figure).
//
// A long-lived process, as the FreeCAD driver is (so the first call's costs, loading and paging in
// the libraries, are paid once, untimed): each line of stdin names a shape and an output,
// `SHAPE.brep OUT.stl` (paths without spaces); for each it reads the shape (not timed), then times: BRepTools::Clean, BRepMesh_IncrementalMesh at
// partforge's defaults (absolute linear deflection 0.1, angular 0.1 rad, one thread), the binary
// STL written by StlAPI_Writer (it copies every face's triangles out, as partforge's extraction
// does, and writes the file, which partforge keeps in memory), and BRepTools::Clean again
// (partforge drops the mesh after reading it). Answers one JSON line: {"ms", "cpuMs"} or {"error"}.
//
// Debian's libocct-data-exchange-dev is not needed, nor is any header that includes
// Poly_Triangulation.hxx (Debian's libocct-foundation-dev leaves out NCollection_AliasedArray.hxx,
// which it includes): StlAPI_Writer is declared here as OCCT
// 7.6 declares it (one Boolean member, the two functions used), and linked from libTKSTL.so.7.
#include <BRepMesh_IncrementalMesh.hxx>
#include <BRepTools.hxx>
#include <TopoDS_Builder.hxx>
#include <Message_ProgressRange.hxx>
#include <Standard_Failure.hxx>
#include <TopoDS_Shape.hxx>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <string>

class StlAPI_Writer {
public:
  Standard_EXPORT StlAPI_Writer();
  Standard_EXPORT Standard_Boolean Write(const TopoDS_Shape& theShape, const Standard_CString theFileName, const Message_ProgressRange& theProgress = Message_ProgressRange());
  Standard_Boolean& ASCIIMode() { return myASCIIMode; }

private:
  Standard_Boolean myASCIIMode;
};

/** One measurement: reads `input` (not timed), meshes and writes it to `output`, prints the JSON line. */
static bool measure(const char* input, const char* output) {
  TopoDS_Shape shape;
  // BRep_Builder adds no data and no virtual functions to TopoDS_Builder: its header is the one
  // that reaches the missing Debian header, so a TopoDS_Builder is passed in its place.
  TopoDS_Builder builder;
  if (!BRepTools::Read(shape, input, reinterpret_cast<const BRep_Builder&>(builder))) {
    std::printf("{\"error\": \"cannot read the shape\"}\n");
    return false;
  }
  const auto started = std::chrono::steady_clock::now();
  // std::clock: this process's CPU time, every thread (glibc: CLOCK_PROCESS_CPUTIME_ID); BRepMesh runs
  // one thread here, so it is the mesher's own. The bench sets it against the slot's exportCpuMs.
  const std::clock_t cpuStarted = std::clock();

  BRepTools::Clean(shape);
  BRepMesh_IncrementalMesh mesher(shape, 0.1, Standard_False, 0.1, Standard_False);
  StlAPI_Writer writer;
  writer.ASCIIMode() = Standard_False;
  const Standard_Boolean written = writer.Write(shape, output);
  BRepTools::Clean(shape, Standard_True);

  const double cpuMs = 1000.0 * static_cast<double>(std::clock() - cpuStarted) / CLOCKS_PER_SEC;
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  if (!written) {
    std::printf("{\"error\": \"StlAPI_Writer could not write the STL\"}\n");
    return false;
  }
  std::printf("{\"ms\": %.4f, \"cpuMs\": %.4f}\n", ms, cpuMs);
  return true;
}

int main() {
  std::string input, output;
  while (std::cin >> input >> output) {
    try {
      measure(input.c_str(), output.c_str());
    } catch (const Standard_Failure& failure) {
      std::printf("{\"error\": \"%s\"}\n", failure.DynamicType()->Name());
    }
    std::fflush(stdout);
  }
  return 0;
}
