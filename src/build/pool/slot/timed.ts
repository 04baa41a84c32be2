/**
 * The slot's own time limit: `fn` runs inside `vm`'s `timeout`, so V8 terminates it when the
 * limit passes, even in the middle of a WebAssembly call or a script's endless loop.
 * Termination skips every `finally`: after a timeout the slot's state is suspect and the
 * slot must be replaced.
 */
import vm from "node:vm";

const runner = new vm.Script("run()", { filename: "partforge-slot-timer" });

export class TimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`time limit of ${limitMs} ms exceeded`);
    this.name = "TimeLimitExceeded";
  }
}

let current: (() => void) | undefined;
let context: vm.Context | undefined;

/** `fn()` under a time limit; throws `TimeLimitExceeded` when V8 had to terminate it. */
export function runTimed<T>(fn: () => T, limitMs: number): T {
  // One context per slot (creating a V8 context costs about a millisecond); it only calls back.
  context ??= vm.createContext({ run: () => current?.() });
  let finished = false;
  let result: T | undefined;
  current = () => {
    result = fn();
    finished = true;
  };
  try {
    runner.runInContext(context, { timeout: Math.max(1, Math.round(limitMs)), breakOnSigint: false });
  } catch (error) {
    if (!finished && isTimeout(error)) throw new TimeLimitExceeded(limitMs);
    throw error;
  } finally {
    current = undefined;
  }
  return result as T;
}

function isTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT";
}
