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
 */
import { EXIT_WASM_MEMORY, EXIT_WASM_MEMORY_EXPORT } from "../protocol.ts";

const ATTEMPTS_PER_RESIZE = 3;
const PAGE_BYTES = 65_536;

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

/** Wraps `memory.grow` (an own property on this one instance; intrinsics stay untouched). */
export function guardWasmMemory(memory: WebAssembly.Memory, caps: WasmMemoryCaps, onExhausted: (duringExport: boolean) => void = exitForMemory): WasmMemoryGuard {
  const grow = memory.grow;
  const exportLimit = Math.max(caps.buildBytes, caps.exportBytes);
  let failures = 0;
  let inExport = false;
  Object.defineProperty(memory, "grow", {
    value(delta: number): number {
      try {
        if (memory.buffer.byteLength + delta * PAGE_BYTES > (inExport ? exportLimit : caps.buildBytes)) throw new RangeError("WebAssembly.Memory.grow(): Maximum memory size exceeded");
        const previous = grow.call(memory, delta);
        failures = 0;
        return previous;
      } catch (error) {
        failures += 1;
        if (failures >= ATTEMPTS_PER_RESIZE) onExhausted(inExport);
        throw error;
      }
    },
  });
  return {
    exporting<T>(exportPhase: () => T): T {
      inExport = true;
      try {
        return exportPhase();
      } finally {
        inExport = false;
      }
    },
  };
}

function exitForMemory(duringExport: boolean): never {
  process.exit(duringExport ? EXIT_WASM_MEMORY_EXPORT : EXIT_WASM_MEMORY);
}
