/**
 * The public shapes of the build pool: its options and health. Its requests and results are the
 * build vocabulary's (`../request.ts`, `../result.ts`).
 */
import type { BuildCache, BuildCacheStats } from "../cache/index.ts";
import type { IsolationReport } from "./launch.ts";
import type { RecycleReason } from "./protocol.ts";
import type { SlotState } from "./slotProcess.ts";

/** Where pool events go; warnings and errors default to `process.emitWarning`. */
export type PoolLogger = (level: "info" | "warn" | "error", message: string) => void;

export interface BuildPoolOptions {
  /** Builds running at once. Default: the number of cores. */
  size?: number;
  /** Extra warm slots kept ready, so replacing a slot never delays a request. Default 1. */
  spare?: number;
  /**
   * Default time limit per build or describe, in milliseconds, from when a slot takes the job to
   * its answer (loading the script, describing, building and exporting); when it passes, the slot
   * is killed and the build answers TIMEOUT. Default 30 000.
   */
  timeoutMs?: number;
  /** Requests waiting for a slot beyond which the pool answers BUSY at once. Default 8 × size. */
  maxQueue?: number;
  /**
   * Replace a slot after this many builds. Default 1000: a replacement costs ~2.7 s of the slot's
   * main-thread CPU and ~10 s of all its threads' (kernel load, warm-up builds, V8 compiling them;
   * `npm run bench -- first-build`), so at 200 a slot serving 20 ms builds was replaced every 4 s
   * and spent as much CPU warming up as building (measured with `npm run bench -- pool`).
   */
  recycleAfterBuilds?: number;
  /**
   * Replace a slot after a build during which a stack overflow was caught (by the script, in a
   * catch clause, `finally` or promise, or by partforge), as after one that escaped. Default
   * true; turn it off only to test the slot's other defences (the differential hygiene test).
   */
  retireOnCaughtOverflow?: boolean;
  /** Replace a slot once its WebAssembly memory passes this. Default 512 MiB. */
  wasmRecycleBytes?: number;
  /** JS heap limit of a slot (`--max-old-space-size`). Default 512. */
  heapMb?: number;
  /** WebAssembly memory cap of a build in 64 KiB pages, outside its export (`slot/wasmGuard.ts`). Default 16 384 (1 GiB). */
  wasmMaxPages?: number;
  /**
   * WebAssembly memory cap of a build while it exports (meshes, or writes STEP), in 64 KiB pages:
   * the slot's `--wasm-max-mem-pages`, from `wasmMaxPages` to 65 536 (4 GiB). Default 1.5 ×
   * `wasmMaxPages` (24 576, 1.5 GiB): BRepMesh's working memory on a large face with many holes
   * takes far more of the kernel's address space than it holds (CadQuery's panel with connector
   * holes at the default tolerances: 1,203 MiB, ~420 MB of it touched; FreeCAD's native mesher
   * peaks at 372 MB for the same mesh).
   */
  exportWasmMaxPages?: number;
  /**
   * Warm-up builds a new slot runs before taking work: the warm-up scripts of warmup.ts in turn
   * (build i is script i mod their number). Default 12, two of each of six scripts: a build
   * whose paths a new slot has not run pays for V8 compiling the kernel's WebAssembly functions
   * it reaches (Liftoff, lazily, on the main thread), then running them unoptimised until they
   * tier up, and for the first calls of our API's JavaScript; the scripts run the paths users
   * reach most, so that cost is paid at start-up. Measured with `npm run bench -- first-build`
   * (see warmup.ts for the numbers). With 0, the pool also skips warming its compile path.
   */
  warmupBuilds?: number;
  /** Start-up (kernel load + warm-up) limit per slot. Default 60 000. */
  startupTimeoutMs?: number;
  /** How long after its last build a tenant keeps its share of the slots (see `FairQueue`). Default 250. */
  fairnessGraceMs?: number;
  /** Refuse to start without a network namespace for slots. Default false (start, and warn loudly). */
  requireNetworkIsolation?: boolean;
  /**
   * Budget of each slot's operation memo (kernel operations reused across a tenant's builds in
   * that slot, see src/kernel/operationMemo.ts), in MiB of estimated kernel memory; 0 turns the memo off.
   * Default 0, off (`DEFAULT_MEMO_BUDGET_MB`: it does not pay for itself yet); 96 is a reasonable
   * budget (a slot is replaced at `wasmRecycleBytes`, 512 MiB by default).
   */
  memoBudgetMb?: number;
  /**
   * With the memo on: operations whose computing used less than this many milliseconds of CPU
   * are keyed but not kept (keeping costs about as much as making them again). Default 0.5
   * (`DEFAULT_KEEP_MIN_MS` in src/kernel/operationMemo.ts); 0 keeps every operation, as the memo's tests do.
   */
  memoKeepMinMs?: number;
  /**
   * Threads each slot's kernel may use, for OpenCascade's parallel algorithms: meshing (STL, 3MF,
   * AMF, glTF, three.js), which meshes a model's faces in parallel, and, with 2 or more, Booleans
   * (BOPAlgo's parallel mode). Default 1: the
   * single-threaded kernel, no worker threads in the slot. With more, slots load the
   * multi-threaded kernel build and run with Node's `--allow-worker` (its worker threads run only
   * the kernel's code; scripts still cannot reach them), and outputs are the same bytes.
   * A trade, measured on an idle 2-core machine with 2 threads: before Booleans ran in parallel,
   * meshing 1.13× → 0.91× native (68 programs; a Braille plate 1139 → 750 ms) but STEP builds of
   * 10 boolean-heavy programs 1.39× → 1.47×; with parallel Booleans (2026-12-07) cold STEP builds
   * of 8 heavy programs 1.60× → 1.34× native and customizer rebuilds 1.30× → 1.18× (against
   * FreeCAD, whose Booleans run on TBB threads too). A busy machine has no free core for them. Each
   * thread beyond the slot's own is a worker with its own V8 isolate (N - 1 of them: the slot's
   * main thread is one of OpenCascade's N): a slot's resident memory 290 → 381 MiB with 2, measured
   * when a further, never-used worker was started too (~20 MiB of that).
   * The kernel memory caps hold on every thread: each worker thread guards its own growth of the
   * shared memory (`slot/kernelThread.ts`, `slot/wasmGuard.ts`), and one that runs out ends its
   * build at once with MEMORY_LIMIT, as the main thread does (checked 2026-12-07:
   * test/pool/threadMemory.test.ts; before, it spun until the time limit, TIMEOUT).
   * What holds at 2 threads (checked 2026-12-07): the same STEP and STL bytes for every example
   * and conformance port (`bench/outputHashes.ts --kernel-threads 2`); the heap audit on 18
   * programs, 2 rounds (`npm run audit:heap -- --kernel-threads 2`); slot hygiene
   * (`PARTFORGE_HYGIENE_KERNEL_THREADS=2`, one quick round); a build is charged the CPU its slot's process used
   * when that is more than its slot time (parallel work is charged as such), one stopped at its time
   * limit, cancelled or ended with its slot too (read from /proc on Linux, `slotCpu.ts`; elsewhere
   * such a build is charged its slot time); the time limit kills
   * the slot with its kernel threads; the slot's WebAssembly memory is read from the shared memory
   * (`wasmRecycleBytes` recycles as before). Measured then, one slot warm: resident 327 → 450 MiB,
   * and after 6 builds (lego brick, cycloidal gear, Braille plate, STEP and STL) 521 → 476 MiB,
   * WebAssembly memory 486 → 144 MiB (the multi-threaded build grew less on these).
   * At most 16.
   */
  kernelThreads?: number;
  /**
   * How V8 tiers the kernel's WebAssembly up in a slot. "dynamic" (V8's default, and this
   * option's): a function runs Liftoff's baseline code until it has run enough to be compiled
   * by TurboFan. "eager" (`--no-wasm-dynamic-tiering`; what the service's commands use,
   * `SERVICE_WASM_TIER_UP`): every function is queued for TurboFan as soon as Liftoff has
   * compiled it, on V8's background threads. Measured (src/build/pool/launch.ts): repeated builds
   * of programs the warm-up does not run take 7–23 % less main-thread CPU and about half the
   * slot's whole CPU, but each slot start costs ~5 s more CPU on background threads (~0.5 s on
   * the main thread) and ~15–30 MiB more memory: worth it for a service whose slots serve up to
   * `recycleAfterBuilds` builds each, not for pools started for a few builds (tests, one-off
   * tools). Outputs are the same bytes either way. Ignored (with a warning in the log) by a Node
   * whose V8 lacks the flag.
   */
  wasmTierUp?: WasmTierUp;
  /** Cache of finished builds; none by default. */
  cache?: BuildCache;
  log?: PoolLogger;
}

export interface SlotHealth {
  id: number;
  pid: number | undefined;
  state: SlotState;
  buildsServed: number;
  startupMs: number | undefined;
  wasmBytes: number | undefined;
  heapUsedBytes: number | undefined;
  rssBytes: number | undefined;
}

export interface PoolHealth {
  size: number;
  spare: number;
  closed: boolean;
  slots: SlotHealth[];
  /** Requests waiting for a slot. */
  queued: number;
  running: number;
  /** Jobs answered by slots since the pool started (builds, describes and warm-ups excluded). */
  buildsServed: number;
  /** Slots replaced, by reason. */
  recycles: Record<RecycleReason, number>;
  /** Slots that failed to start. */
  startFailures: number;
  /** Of those, the starts that failed since a slot last became ready (the back-off grows with them; at 3, waiting builds are answered BUSY). */
  startFailuresInARow: number;
  isolation: IsolationReport;
  cache: BuildCacheStats | undefined;
}

/** `BuildPoolOptions.wasmTierUp`. */
export type WasmTierUp = "dynamic" | "eager";
