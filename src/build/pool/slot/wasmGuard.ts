/**
 * What happens when the kernel's WebAssembly memory reaches its cap: V8 refuses `memory.grow`,
 * Emscripten's heap resize swallows the RangeError after three attempts (20 %, 10 %, 5 %
 * over-growth, each at least the requested size) and malloc fails — and OpenCascade, measured
 * here, then spins forever instead of throwing. So the slot watches `grow` itself: when every
 * attempt of one resize fails, the build cannot finish, and the slot exits at once with
 * `EXIT_WASM_MEMORY` (or `EXIT_WASM_MEMORY_EXPORT` when it happened while exporting), which the
 * pool reports as MEMORY_LIMIT and replaces the slot.
 *
 * The slot runs under two caps. `--wasm-max-mem-pages` is the higher one, the export's: V8
 * enforces it whatever grows the memory. The lower one, the build's, is enforced here, by
 * refusing a `grow` past it as V8 would, except while `exporting` runs. Meshing needs the extra
 * room: BRepMesh's working memory on a large face (measured: a plane with 156 holes, ~250 MiB of
 * live blocks) takes far more address space in the kernel's allocator (mimalloc's 4 MiB-aligned
 * segments on emmalloc, which cannot reuse every freed hole for them) than it holds: 1,203 MiB
 * of WebAssembly memory, ~420 MB of it touched. A build that needs more than the higher cap still
 * stops at once.
 *
 * A multi-threaded kernel (`BuildPoolOptions.kernelThreads`) grows the same shared memory from its
 * worker threads too, each through a `WebAssembly.Memory` object of its own: each thread wraps the
 * `grow` of the memory its kernel instance imports (`guardKernelThreadMemory`, run by
 * `kernelThread.ts` before the kernel's code), under the same caps and export flag, which the slot's
 * main thread shares with them (`shareWithKernelThreads`). A worker thread cannot end the process
 * with an exit code (in Node 20–24 `process.exit` ends only that thread, and the main thread may be
 * blocked in the kernel waiting for it): it writes `kernelThreadExitLine` to stderr and kills the
 * process, and the pool reads the code back (`kernelThreadExit`).
 */
import { writeSync } from "node:fs";
import { getEnvironmentData, setEnvironmentData } from "node:worker_threads";
import { EXIT_WASM_MEMORY, EXIT_WASM_MEMORY_EXPORT, kernelThreadExitLine } from "../protocol.ts";

const ATTEMPTS_PER_RESIZE = 3;
const PAGE_BYTES = 65_536;
/** The key of the shared caps in the environment data every worker thread gets a copy of. */
const SHARED_CAPS_KEY = "partforge:wasmMemoryCaps";

export interface WasmMemoryCaps {
  /** The cap outside the export, in bytes. */
  buildBytes: number;
  /** The cap while `exporting` runs, in bytes (at least `buildBytes`; V8 enforces the higher of the two). */
  exportBytes: number;
}

export interface WasmMemoryGuard {
  /** Runs `exportPhase` (synchronous: no script code runs in it) under the export's cap. */
  exporting<T>(exportPhase: () => T): T;
}

export interface SlotMemoryGuard extends WasmMemoryGuard {
  /** Guards `memory`'s growth on this thread (an own property on this one instance; intrinsics stay untouched). */
  watch(memory: WebAssembly.Memory): void;
  /** Gives the caps and the export flag to the worker threads started from now on (`guardKernelThreadMemory`). */
  shareWithKernelThreads(): void;
}

/**
 * The caps and whether an export runs, in memory shared by the slot's main thread and the
 * kernel's threads: an Int32 flag (Atomics) then the two caps as Float64 (written once, before sharing).
 */
class SharedCaps {
  readonly buffer: SharedArrayBuffer;
  readonly #flag: Int32Array;
  readonly #bytes: Float64Array;

  constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    this.#flag = new Int32Array(buffer, 0, 1);
    this.#bytes = new Float64Array(buffer, 8, 2);
  }

  static of(caps: WasmMemoryCaps): SharedCaps {
    const shared = new SharedCaps(new SharedArrayBuffer(24));
    shared.#bytes[0] = caps.buildBytes;
    shared.#bytes[1] = Math.max(caps.buildBytes, caps.exportBytes);
    return shared;
  }

  get inExport(): boolean {
    return Atomics.load(this.#flag, 0) === 1;
  }

  set inExport(value: boolean) {
    Atomics.store(this.#flag, 0, value ? 1 : 0);
  }

  /** The cap that holds now. */
  get limitBytes(): number {
    return this.inExport ? this.#bytes[1]! : this.#bytes[0]!;
  }
}

/** The slot's guard: its caps, for its main thread's memory and the kernel's threads. */
export function createWasmMemoryGuard(caps: WasmMemoryCaps, onExhausted: (duringExport: boolean) => void = exitForMemory): SlotMemoryGuard {
  const shared = SharedCaps.of(caps);
  return {
    watch: (memory) => wrapGrow(memory, shared, onExhausted),
    shareWithKernelThreads: () => setEnvironmentData(SHARED_CAPS_KEY, shared.buffer),
    exporting<T>(exportPhase: () => T): T {
      shared.inExport = true;
      try {
        return exportPhase();
      } finally {
        shared.inExport = false;
      }
    },
  };
}

/** Guards `memory` under `caps` on this thread (`createWasmMemoryGuard` then `watch`). */
export function guardWasmMemory(memory: WebAssembly.Memory, caps: WasmMemoryCaps, onExhausted: (duringExport: boolean) => void = exitForMemory): WasmMemoryGuard {
  const guard = createWasmMemoryGuard(caps, onExhausted);
  guard.watch(memory);
  return guard;
}

/**
 * In a kernel worker thread, before the kernel's code runs: every WebAssembly instance made in
 * this thread (Emscripten's pthread makes one, importing the shared memory) has the memories it
 * imports guarded under the caps the slot's main thread shared.
 * @throws Error when the main thread shared no caps: the kernel must not run unguarded.
 */
export function guardKernelThreadMemory(onExhausted: (duringExport: boolean) => void = killForMemory): void {
  const buffer = getEnvironmentData(SHARED_CAPS_KEY);
  if (!(buffer instanceof SharedArrayBuffer)) throw new Error("kernel thread started without the slot's WebAssembly memory caps (createWasmMemoryGuard().shareWithKernelThreads() first)");
  const shared = new SharedCaps(buffer);
  const guardImports = (imports: unknown) => {
    for (const namespace of Object.values((imports ?? {}) as Record<string, unknown>)) {
      for (const value of Object.values((namespace ?? {}) as Record<string, unknown>)) {
        if (value instanceof WebAssembly.Memory) wrapGrow(value, shared, onExhausted);
      }
    }
  };
  const { Instance, instantiate } = WebAssembly;
  WebAssembly.Instance = new Proxy(Instance, {
    construct(target, args: [WebAssembly.Module, WebAssembly.Imports?], newTarget) {
      guardImports(args[1]);
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
  WebAssembly.instantiate = ((source: never, imports?: WebAssembly.Imports) => {
    guardImports(imports);
    return instantiate(source, imports);
  }) as typeof WebAssembly.instantiate;
}

function wrapGrow(memory: WebAssembly.Memory, shared: SharedCaps, onExhausted: (duringExport: boolean) => void): void {
  const grow = memory.grow;
  let failures = 0;
  Object.defineProperty(memory, "grow", {
    value(delta: number): number {
      try {
        if (memory.buffer.byteLength + delta * PAGE_BYTES > shared.limitBytes) throw new RangeError("WebAssembly.Memory.grow(): Maximum memory size exceeded");
        const previous = grow.call(memory, delta);
        failures = 0;
        return previous;
      } catch (error) {
        failures += 1;
        if (failures >= ATTEMPTS_PER_RESIZE) onExhausted(shared.inExport);
        throw error;
      }
    },
  });
}

function exitCode(duringExport: boolean): number {
  return duringExport ? EXIT_WASM_MEMORY_EXPORT : EXIT_WASM_MEMORY;
}

function exitForMemory(duringExport: boolean): never {
  process.exit(exitCode(duringExport));
}

/** A worker thread's way out: the line the pool reads the exit code from, then SIGKILL to the whole process. */
function killForMemory(duringExport: boolean): void {
  writeSync(2, kernelThreadExitLine(exitCode(duringExport)));
  process.kill(process.pid, "SIGKILL");
}
