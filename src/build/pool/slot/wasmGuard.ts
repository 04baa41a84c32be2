/**
 * What happens when the kernel's WebAssembly memory reaches `--wasm-max-mem-pages`: V8 refuses
 * `memory.grow`, Emscripten's heap resize swallows the RangeError after three attempts (20 %,
 * 10 %, 5 % over-growth, each at least the requested size) and malloc fails — and OpenCascade,
 * measured here, then spins forever instead of throwing. So the slot watches `grow` itself:
 * when every attempt of one resize fails, the build cannot finish, and the slot exits at once
 * with `EXIT_WASM_MEMORY`, which the pool reports as MEMORY_LIMIT and replaces the slot.
 */
import { EXIT_WASM_MEMORY } from "../protocol.ts";

const ATTEMPTS_PER_RESIZE = 3;

/** Wraps `memory.grow` (an own property on this one instance; intrinsics stay untouched). */
export function guardWasmMemory(memory: WebAssembly.Memory, onExhausted: () => void = exitForMemory): void {
  const grow = memory.grow;
  let failures = 0;
  Object.defineProperty(memory, "grow", {
    value(delta: number): number {
      try {
        const previous = grow.call(memory, delta);
        failures = 0;
        return previous;
      } catch (error) {
        failures += 1;
        if (failures >= ATTEMPTS_PER_RESIZE) onExhausted();
        throw error;
      }
    },
  });
}

function exitForMemory(): never {
  process.exit(EXIT_WASM_MEMORY);
}
