/**
 * The slot's own time limit: `fn` runs inside `vm`'s `timeout`, so V8 terminates it when the
 * limit passes, even in the middle of a WebAssembly call or a script's endless loop.
 * Termination skips every `finally`: after a timeout the slot's state is suspect and the
 * slot must be replaced.
 */
import vm from "node:vm";

export class TimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`time limit of ${limitMs} ms exceeded`);
    this.name = "TimeLimitExceeded";
  }
}

/** One per slot, held by the slot's runtime (creating a V8 context costs about a millisecond). */
export class SlotTimer {
  readonly #runner = new vm.Script("run()", { filename: "partforge-slot-timer" });
  /** The function the context calls back; set for exactly one `run`, cleared before the next starts. */
  #current: (() => void) | undefined;
  readonly #context = vm.createContext({ run: () => this.#current?.() });

  /** `fn()` under a time limit; throws `TimeLimitExceeded` when V8 had to terminate it. */
  run<T>(fn: () => T, limitMs: number): T {
    let finished = false;
    let result: T | undefined;
    this.#current = () => {
      result = fn();
      finished = true;
    };
    try {
      this.#runner.runInContext(this.#context, { timeout: Math.max(1, Math.round(limitMs)), breakOnSigint: false });
    } catch (error) {
      if (!finished && isTimeout(error)) throw new TimeLimitExceeded(limitMs);
      throw error;
    } finally {
      this.#current = undefined;
    }
    return result as T;
  }
}

function isTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT";
}
