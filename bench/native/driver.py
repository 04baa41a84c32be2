"""
Native side of `npm run bench -- native` (bench/native.ts): one long-lived FreeCAD Python process
that builds the conformance suite's native references (test/conformance/native/<name>.py) on
request, so FreeCAD's start-up and module imports are never timed.

Protocol, one JSON object a line. Request on stdin: {"name": "examples-lofts", "stl": true}
(and "step": false to skip the STEP half; "dir": the script's folder relative to the repository,
default test/conformance/native, e.g. test/conformance/examples-native for the parametric
examples' references; "values": keyword arguments for build(), the parameter values of a
configuration, e.g. {"p_length": 104.25}; "measure": true to add the result's counts and volume as
the conformance scripts report them, {"solids", "faces", "volume", "valid"}; "brep": a path to write
the result's B-rep to, which adds "mesher", the native mesher's executable, to the answer). Answer on stdout,
prefixed with "@@ " (FreeCAD and OCCT may print their own lines): {"name", "buildMs"?, "stepMs"?,
"stepCpuMs"?, "stepThreadsRan"?, "stlMs"?} — build()
alone, build() + STEP export of the result (as one compound when the result is several shapes, as
partforge exports it) and the process CPU time that took (all threads: OCCT may run parallel
algorithms; FreeCAD 0.20's Part runs its Booleans with BOPAlgo's parallel mode on, on TBB's
threads, one per core) and how many of the process's threads ran meanwhile ("stepThreadsRan",
/proc/self/task), unless "step" is false, and, when asked,
the STL meshing of a fresh build at partforge's default tolerances (absolute linear deflection
0.1, angular 0.1 rad) plus writing the binary STL, "stlVia" saying how (and, with "occt", "stlCpuMs", the
mesher's CPU time for it, "stlThreads" the threads it was asked to mesh on, the request's
"meshThreads", default 1, partforge's --kernel-threads, and "stlThreadsRan" how many ran): "occt" (bench/native/mesh.cpp,
BRepMesh_IncrementalMesh + StlAPI_Writer in a long-lived native process, built with g++ against
the system's OCCT by _ref.occt_program, as the helix scripts' helper is: the same work as partforge's STL export) or, when it cannot be built,
"freecad-meshpart" (MeshPart.meshFromShape + Mesh.write, which also welds the vertices and builds
FreeCAD's mesh kernel, so it does more than partforge does); or {"name", "error"}.

Each native script ends with report(build) (see _ref.py); here _ref.report is replaced before the
script runs, so it hands back its build function instead of printing, and is then called again
and again in this process.
"""
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
NATIVE = os.path.join(ROOT, "test", "conformance", "native")
sys.path.insert(0, NATIVE)
import _ref  # noqa: E402
import Part  # noqa: E402
import MeshPart  # noqa: E402

TOLERANCE = 0.1
ANGULAR_TOLERANCE = 0.1
# In memory where Linux has it: partforge's exports write no file, and a file on disk can be held up
# by the kernel's write-back throttling when other processes write a lot (seen: 100 ms for a 684-byte STL).
OUT = tempfile.mkdtemp(prefix="partforge-bench-native-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
atexit.register(shutil.rmtree, OUT, ignore_errors=True)
MESHER_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mesh.cpp")
MESHER_LIBRARIES = ["-lTKMesh", "-lTKBRep", "-lTKMath", "-lTKernel", "-l:libTKSTL.so.7"]
builds = {}
# One report function for every script and helper module (_quickstart.py, _offset_sketch.py bind it
# with `from _ref import *` when first imported): it hands the build function to `captured`.
captured = []
_ref.report = captured.append


def build_function(name, folder):
    key = (folder, name)
    if key not in builds:
        captured.clear()
        path = os.path.join(folder, f"{name}.py")
        with open(path) as f:
            code = compile(f.read(), path, "exec")
        # The script's own helper modules (e.g. examples-native/_examples.py) are imported from its folder.
        if folder not in sys.path:
            sys.path.insert(0, folder)
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            exec(code, {"__name__": "__bench__", "__file__": path})
        finally:
            os.chdir(cwd)
        if len(captured) != 1:
            raise RuntimeError(f"{name}.py did not call report(build) exactly once")
        builds[key] = captured[0]
    return builds[key]


def threads_run_ns():
    """Each thread of this process: its run time so far in ns (/proc/self/task/<tid>/schedstat); {} without /proc."""
    times = {}
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return times
    for tid in tasks:
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as f:
                times[tid] = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return times


def threads_that_ran(before, after):
    """How many threads ran between two threads_run_ns() readings; None without /proc."""
    if not after:
        return None
    return sum(1 for tid, ns in after.items() if ns > before.get(tid, 0))


class NativeMesher:
    """bench/native/mesh.cpp, built on first use and kept running, one process per thread count; None when it cannot be built."""

    processes = {}
    failed = False

    @classmethod
    def get(cls, threads=1):
        if threads not in cls.processes and not cls.failed:
            try:
                cls.processes[threads] = subprocess.Popen([_ref.occt_program(MESHER_SOURCE, MESHER_LIBRARIES, "the native meshing benchmark"), str(threads)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
                cls.failed = True
                print(f"native bench: could not build {MESHER_SOURCE} ({error}); meshing natively through FreeCAD's MeshPart instead, which does more work than partforge (vertex welding, mesh kernel)", file=sys.stderr)
        return cls.processes.get(threads)

    @classmethod
    def measure(cls, shape, threads=1):
        process = cls.get(threads)
        if process is None:
            return None
        brep = os.path.join(OUT, "mesh.brep")
        shape.exportBrep(brep)
        process.stdin.write(f"{brep} {os.path.join(OUT, 'out.stl')}\n")
        process.stdin.flush()
        answer = json.loads(process.stdout.readline())
        if "error" in answer:
            raise RuntimeError(f"native mesher: {answer['error']}")
        return answer


def stl_triangles(path):
    with open(path, "rb") as f:
        f.seek(80)
        return int.from_bytes(f.read(4), "little")


def one_shape(result):
    shapes = _ref.shapes_of(result)
    return shapes[0] if len(shapes) == 1 else Part.makeCompound(shapes)


def measure(name, stl, step, folder=NATIVE, values=None, counts=False, brep=None, mesh_threads=1):
    build = build_function(name, folder)
    values = values or {}
    answer = {"name": name}
    if brep:
        # The B-rep the native mesher meshes (a fresh build, as for "stl"), kept at the path asked
        # for, and the mesher's executable: bench/native/sameInput.ts meshes the same file both ways.
        one_shape(build(**values)).exportBrep(brep)
        answer.update(mesher=_ref.occt_program(MESHER_SOURCE, MESHER_LIBRARIES, "the native meshing benchmark"))
    if counts:
        result = build(**values)
        answer.update(_ref.measure(result), valid=all(s.isValid() for s in _ref.shapes_of(result)))
    if step:
        threads_before = threads_run_ns()
        cpu_started = time.process_time()
        started = time.perf_counter()
        result = build(**values)
        built = time.perf_counter()
        one_shape(result).exportStep(os.path.join(OUT, "out.step"))
        exported = time.perf_counter()
        cpu_ms = (time.process_time() - cpu_started) * 1000
        answer.update(buildMs=(built - started) * 1000, stepMs=(exported - started) * 1000, stepCpuMs=cpu_ms, stepThreadsRan=threads_that_ran(threads_before, threads_run_ns()))
    if stl:
        shape = one_shape(build(**values))
        measured = NativeMesher.measure(shape, mesh_threads)
        if measured is not None:
            answer.update(stlMs=measured["ms"], stlCpuMs=measured["cpuMs"], stlThreads=measured["threads"], stlThreadsRan=measured["threadsRan"], triangles=stl_triangles(os.path.join(OUT, "out.stl")), stlVia="occt")
        else:
            started = time.perf_counter()
            mesh = MeshPart.meshFromShape(Shape=shape, LinearDeflection=TOLERANCE, AngularDeflection=ANGULAR_TOLERANCE, Relative=False)
            mesh.write(os.path.join(OUT, "out.stl"))
            answer.update(stlMs=(time.perf_counter() - started) * 1000, triangles=mesh.CountFacets, stlVia="freecad-meshpart")
    return answer


for line in sys.stdin:
    if not line.strip():
        continue
    request = json.loads(line)
    try:
        folder = os.path.join(ROOT, request["dir"]) if "dir" in request else NATIVE
        answer = measure(request["name"], bool(request.get("stl")), request.get("step", True) is not False, folder, request.get("values"), bool(request.get("measure")), request.get("brep"), int(request.get("meshThreads", 1)))
    except Exception as error:  # noqa: BLE001 — reported to the bench, which prints it per program
        answer = {"name": request.get("name"), "error": f"{type(error).__name__}: {error}", "trace": traceback.format_exc(limit=3)}
    print("@@ " + json.dumps(answer), flush=True)
