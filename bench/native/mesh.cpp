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
// partforge's defaults (absolute linear deflection 0.1, angular 0.1 rad), the binary
// STL written by StlAPI_Writer (it copies every face's triangles out, as partforge's extraction
// does, and writes the file, which partforge keeps in memory), and BRepTools::Clean again
// (partforge drops the mesh after reading it). Answers one JSON line: {"ms", "cpuMs", "threads",
// "threadsRan"} or {"error"}.
//
// Threads: the optional argument N (default 1) is partforge's `--kernel-threads N`. With 1 the
// mesher runs on the calling thread alone (isInParallel false), as partforge's single-threaded
// kernel does. With N ≥ 2 it meshes faces in parallel (isInParallel true), as partforge's
// multi-threaded kernel does, on OCCT's own pool sized as partforge sizes its pool
// (OSD_ThreadPool::DefaultPool(N): N - 1 pool threads and the calling thread): Debian's OCCT is
// built with TBB, whose OSD_Parallel would otherwise use a TBB arena sized to the machine's cores,
// so OSD_Parallel::SetUseOcctThreads(true) first. "threads" echoes N; "threadsRan" counts the
// process's threads that ran during the timed work (/proc/self/task; -1 where there is no /proc):
// 1 for a serial mesh, up to N for a parallel one.
//
// Debian's libocct-data-exchange-dev is not needed, nor is any header that includes
// Poly_Triangulation.hxx (Debian's libocct-foundation-dev leaves out NCollection_AliasedArray.hxx,
// which it includes): StlAPI_Writer is declared here as OCCT
// 7.6 declares it (one Boolean member, the two functions used), and linked from libTKSTL.so.7.
#include <BRepMesh_IncrementalMesh.hxx>
#include <BRepTools.hxx>
#include <TopoDS_Builder.hxx>
#include <Message_ProgressRange.hxx>
#include <OSD_Parallel.hxx>
#include <OSD_ThreadPool.hxx>
#include <Standard_Failure.hxx>
#include <TopoDS_Shape.hxx>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <dirent.h>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

class StlAPI_Writer {
public:
  Standard_EXPORT StlAPI_Writer();
  Standard_EXPORT Standard_Boolean Write(const TopoDS_Shape& theShape, const Standard_CString theFileName, const Message_ProgressRange& theProgress = Message_ProgressRange());
  Standard_Boolean& ASCIIMode() { return myASCIIMode; }

private:
  Standard_Boolean myASCIIMode;
};

/** Each thread's run time so far, in nanoseconds (/proc/self/task/<tid>/schedstat); empty without /proc. */
static std::map<std::string, unsigned long long> threadRunTimes() {
  std::map<std::string, unsigned long long> times;
  DIR* tasks = opendir("/proc/self/task");
  if (tasks == nullptr) return times;
  while (const dirent* entry = readdir(tasks)) {
    if (entry->d_name[0] == '.') continue;
    std::ifstream schedstat(std::string("/proc/self/task/") + entry->d_name + "/schedstat");
    unsigned long long ns = 0;
    if (schedstat >> ns) times[entry->d_name] = ns;
  }
  closedir(tasks);
  return times;
}

/** How many threads ran between two `threadRunTimes()`; -1 without /proc. */
static int threadsThatRan(const std::map<std::string, unsigned long long>& before, const std::map<std::string, unsigned long long>& after) {
  if (after.empty()) return -1;
  int ran = 0;
  for (const auto& [tid, ns] : after) {
    const auto found = before.find(tid);
    if (ns > (found == before.end() ? 0 : found->second)) ran++;
  }
  return ran;
}

/** One measurement: reads `input` (not timed), meshes and writes it to `output` with `threads` threads, prints the JSON line. */
static bool measure(const char* input, const char* output, int threads) {
  TopoDS_Shape shape;
  // BRep_Builder adds no data and no virtual functions to TopoDS_Builder: its header is the one
  // that reaches the missing Debian header, so a TopoDS_Builder is passed in its place.
  TopoDS_Builder builder;
  if (!BRepTools::Read(shape, input, reinterpret_cast<const BRep_Builder&>(builder))) {
    std::printf("{\"error\": \"cannot read the shape\"}\n");
    return false;
  }
  const auto threadsBefore = threadRunTimes();
  const auto started = std::chrono::steady_clock::now();
  // std::clock: this process's CPU time, every thread (glibc: CLOCK_PROCESS_CPUTIME_ID): the mesher's
  // own, its pool threads' included. The bench sets it against the slot's exportCpuMs (which
  // counts the kernel's threads too).
  const std::clock_t cpuStarted = std::clock();

  BRepTools::Clean(shape);
  BRepMesh_IncrementalMesh mesher(shape, 0.1, Standard_False, 0.1, threads > 1 ? Standard_True : Standard_False);
  StlAPI_Writer writer;
  writer.ASCIIMode() = Standard_False;
  const Standard_Boolean written = writer.Write(shape, output);
  BRepTools::Clean(shape, Standard_True);

  const double cpuMs = 1000.0 * static_cast<double>(std::clock() - cpuStarted) / CLOCKS_PER_SEC;
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  const int ran = threadsThatRan(threadsBefore, threadRunTimes());
  if (!written) {
    std::printf("{\"error\": \"StlAPI_Writer could not write the STL\"}\n");
    return false;
  }
  std::printf("{\"ms\": %.4f, \"cpuMs\": %.4f, \"threads\": %d, \"threadsRan\": %d}\n", ms, cpuMs, threads, ran);
  return true;
}

int main(int argc, char** argv) {
  const int threads = argc > 1 ? std::atoi(argv[1]) : 1;
  if (threads < 1 || threads > 16) {
    std::fprintf(stderr, "usage: %s [THREADS from 1 to 16]\n", argv[0]);
    return 2;
  }
  if (threads > 1) {
    OSD_Parallel::SetUseOcctThreads(Standard_True);
    // The first call makes the process's default pool, with this many threads (the caller counted).
    OSD_ThreadPool::DefaultPool(threads);
  }
  std::string input, output;
  while (std::cin >> input >> output) {
    try {
      measure(input.c_str(), output.c_str(), threads);
    } catch (const Standard_Failure& failure) {
      std::printf("{\"error\": \"%s\"}\n", failure.DynamicType()->Name());
    }
    std::fflush(stdout);
  }
  return 0;
}
