import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import opencascade, { type OpenCascadeInstance } from "replicad-opencascadejs";
import { setOC } from "replicad";
import { PartforgeError } from "../shared/errors.ts";
import { DestructorRecorder, repairDestructors } from "./destructors.ts";

const require = createRequire(import.meta.url);

/** The most threads a kernel may use: each is a worker thread with its own V8 isolate (≈ 45 MB). */
export const MAX_KERNEL_THREADS = 16;

export interface KernelOptions {
  /**
   * Threads OpenCascade's parallel algorithms may use: meshing (faces meshed in parallel) and
   * the Boolean operations (BOPAlgo: fuse, cut, common, split, section, splitter, which intersect
   * pairs of sub-shapes in parallel). 1, the default, loads the single-threaded WebAssembly build;
   * more loads the multi-threaded build (WebAssembly threads on worker threads sharing one memory)
   * with a fixed pool of that many threads. Same results either way (meshes are made face by face;
   * BOPAlgo gathers what its parallel loops found in a fixed order).
   * Left out after the kernel is loaded: whatever it was loaded with.
   */
  threads?: number;
  /**
   * With more than one thread: the absolute path of the module each of the kernel's worker threads
   * starts from instead of the kernel build itself, to prepare the thread before the kernel's code
   * runs there; it must import `replicad-opencascadejs/multi` when done (a slot's guards the
   * thread's memory growth: src/build/pool/slot/kernelThread.ts). Default: the kernel build.
   */
  threadEntry?: string;
}

let loading: Promise<OpenCascadeInstance> | undefined;
let loadingThreads = 1;
let loaded: OpenCascadeInstance | undefined;
let repaired: readonly string[] = [];

/**
 * Loads the OpenCascade WebAssembly kernel once per process and hands it to replicad.
 * Everything the kernel prints (STEP writer statistics) is swallowed: stdout may be a model stream
 * (`silenceStandardStreams`).
 * The first call decides the thread count; a later call naming another is a programming error
 * (one naming none takes the kernel as loaded).
 * @throws PartforgeError USAGE for a thread count that is not a whole number from 1 to 16.
 */
export function loadKernel(options: KernelOptions = {}): Promise<OpenCascadeInstance> {
  if (options.threads === undefined && loading !== undefined) return loading;
  const threads = options.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_KERNEL_THREADS) {
    throw new PartforgeError("USAGE", `kernel threads must be a whole number from 1 to ${MAX_KERNEL_THREADS} (got ${String(threads)})`);
  }
  if (loading !== undefined && threads !== loadingThreads) {
    throw new PartforgeError("INTERNAL", `the geometry kernel is already loaded with ${loadingThreads} thread(s); it cannot be reloaded with ${threads}`);
  }
  loadingThreads = threads;
  loading ??= (threads === 1 ? loadSingle() : loadMulti(threads, options.threadEntry)).then((oc) => {
    setOC(oc);
    loaded = oc;
    return oc;
  });
  return loading;
}

type Factory = typeof opencascade;

/**
 * Starts one of the kernel's builds, instantiating its WebAssembly here rather than letting
 * Emscripten do it, to record each class's destructor as it is registered, and then repairs the
 * `delete()` of classes registered with an empty one (destructors.ts).
 */
async function instantiate(factory: Factory, wasmPath: string, threadEntry?: string): Promise<OpenCascadeInstance> {
  const wasm = await readFile(wasmPath);
  const recorder = new DestructorRecorder();
  let instance: WebAssembly.Instance | undefined;
  let failed: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_resolve, reject) => {
    failed = reject;
  });
  const oc = await Promise.race([failure, factory({
    locateFile: () => wasmPath,
    // Emscripten starts each worker thread from this script (a path: Node's Worker takes no string URL).
    ...(threadEntry === undefined ? {} : { mainScriptUrlOrBlob: threadEntry }),
    print: () => undefined,
    printErr: () => undefined,
    instantiateWasm: (imports: Record<string, Record<string, unknown>>, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
      recorder.wrap(imports);
      WebAssembly.instantiate(wasm, imports as WebAssembly.Imports).then((made) => {
        instance = made.instance;
        done(made.instance, made.module);
      }, failed);
      return {};
    },
  } as Parameters<Factory>[0])]);
  repaired = repairDestructors(oc, wasm, instance!, recorder);
  silenceStandardStreams(oc);
  return oc;
}

/** What `silenceStandardStreams` uses of Emscripten's file system (its stream table is not in the typings). */
interface StreamTable {
  streams: readonly ({ fd: number; path: string } | null | undefined)[];
  open(path: string, flags: string): { fd: number };
  close(stream: unknown): void;
}

/**
 * Points the kernel's standard output and error (file descriptors 1 and 2) at /dev/null, once
 * at load. What OCCT prints is thrown away either way (`print` and `printErr` above swallow it),
 * but on Emscripten's terminal device it cost JavaScript work per character and a call per line:
 * a STEP export prints 13 lines (its transfer statistics; 22 through the document). Measured in
 * one process, exports paired: 23 µs of CPU of a box's ~1.9 ms export (A/A control 0), and 5–20 µs
 * in a second run (A/A within 15 µs): at the noise floor, but free. /dev/null takes the bytes at
 * once. Content-independent and never changed again; Emscripten's own messages (an abort) do not
 * go through these streams.
 * @throws PartforgeError INTERNAL if the descriptors could not be reopened as 1 and 2.
 */
function silenceStandardStreams(oc: OpenCascadeInstance): void {
  const fs = oc.FS as unknown as StreamTable;
  for (const fd of [1, 2]) {
    fs.close(fs.streams[fd]);
    // Emscripten gives a new stream the lowest free descriptor: the one just closed.
    const reopened = fs.open("/dev/null", "w").fd;
    if (reopened !== fd) throw new PartforgeError("INTERNAL", `the kernel's file descriptor ${fd} was reopened as ${reopened}`);
  }
}

function loadSingle(): Promise<OpenCascadeInstance> {
  return instantiate(opencascade, require.resolve("replicad-opencascadejs/wasm"));
}

/**
 * The multi-threaded build. Emscripten starts its pool of worker threads when the module loads,
 * one per `navigator.hardwareConcurrency` (which Node 20 does not have, and which is the
 * machine's core count on Node 22+), so the loader shows it `threads - 1` while the module starts:
 * OpenCascade's pool of `threads` is the calling thread and `threads - 1` pool threads (each a
 * pthread, so a worker), and nothing else in the kernel starts a thread. A `threads`-th worker was
 * never used (measured with 2 and 4: its thread never ran after the load) and cost its own V8
 * isolate: a 2-thread load measured 4 rounds interleaved, main twice (A/A) and this once, load
 * average ~21: process CPU median 1.81 s (1.52-1.92 over the 8 main loads) against 1.47 s
 * (1.31-1.51), resident memory 238 MiB (229-243) against 217 (213-225). Should something start
 * another pthread, Emscripten makes a worker then.
 * OpenCascade's own pool would otherwise size itself to the machine's cores (Emscripten answers
 * `os.cpus().length` in Node) and start a worker per core at its first parallel algorithm
 * (measured: 45 workers and 10× the time on a simulated 64-core machine): it is created here,
 * first, with `threads` threads.
 */
async function loadMulti(threads: number, threadEntry: string | undefined): Promise<OpenCascadeInstance> {
  const { default: multi } = (await import("replicad-opencascadejs/multi")) as { default: Factory };
  const original = Object.getOwnPropertyDescriptor(globalThis, "navigator");
  Object.defineProperty(globalThis, "navigator", { value: Object.freeze({ hardwareConcurrency: threads - 1 }), configurable: true, writable: false, enumerable: false });
  let oc: OpenCascadeInstance;
  try {
    oc = await instantiate(multi, require.resolve("replicad-opencascadejs/multi/wasm"), threadEntry);
  } finally {
    if (original === undefined) delete (globalThis as { navigator?: unknown }).navigator;
    else Object.defineProperty(globalThis, "navigator", original);
  }
  (oc as unknown as { OSD_ThreadPool: { DefaultPool(threads: number): unknown } }).OSD_ThreadPool.DefaultPool(threads);
  // Every Boolean builder (BOPAlgo_Options) takes this process-wide default when it is made, ours
  // and replicad's and those OCCT makes inside other algorithms alike: run their loops on the pool.
  oc.BOPAlgo_Options.SetParallelMode(true);
  return oc;
}

/** The kernel classes whose `delete()` was repaired at load (destructors.ts). */
export function repairedDestructors(): readonly string[] {
  return repaired;
}

/** The loaded kernel; a programming error if `loadKernel()` has not completed. */
export function kernel(): OpenCascadeInstance {
  if (loaded === undefined) {
    throw new PartforgeError("INTERNAL", "the geometry kernel is not loaded: await loadKernel() first");
  }
  return loaded;
}

export function isKernelLoaded(): boolean {
  return loaded !== undefined;
}

/** The thread count the kernel was (or is being) loaded with. */
export function kernelThreads(): number {
  return loadingThreads;
}

/** Bytes of WebAssembly memory the kernel holds now. It only ever grows. */
export function kernelMemoryBytes(): number {
  if (loaded === undefined) return 0;
  const memory = (loaded as unknown as { wasmMemory?: WebAssembly.Memory }).wasmMemory;
  return memory?.buffer.byteLength ?? 0;
}
