/**
 * Stack overflows, wherever they are caught (issue 12, point 3). V8 makes the overflow's
 * `RangeError` itself, with no JavaScript hook, so every place that can swallow a thrown value
 * reports it first: the catch clauses, `finally` blocks and function bodies of every ModelScript
 * through `caughtHook` (instrumented at compile time, see modelscript/instrument.ts), and
 * partforge's own catch sites in script-facing code through `noteStackOverflow`. In a slot,
 * partforge's own function bodies, catch clauses and `finally` blocks report through `caughtHook`
 * too (build/pool/instrumentedPartforge.ts), so an overflow V8 catches for a partforge function
 * (a Promise executor or reaction, an iterator's `return`) is seen as well. A slot compares
 * `stackOverflowsSeen()` before and after each build and retires itself when it grew.
 */
import { isNativeError, isProxy } from "node:util/types";

/**
 * V8's message for JavaScript and WebAssembly stack exhaustion alike (its `kStackOverflow`
 * template, the same in Node 20, 22 and 24). A script that throws its own error with this
 * message only retires its own slot.
 */
export const STACK_OVERFLOW_MESSAGE = "Maximum call stack size exceeded";
/** What this engine actually says, measured once at load, in case a future V8 words it otherwise. */
const MEASURED_MESSAGE = measuredOverflowMessage();

/** How many `cause` links are followed: partforge wraps a caught overflow at most a few times. */
const MAX_CAUSES = 4;
const { getOwnPropertyDescriptor } = Reflect;

/** How often `noteStackOverflow` was handed a stack overflow (once per frame or site it passes). */
let overflowsNoted = 0;
/** How many calls of `caughtHook` ran to their end. */
let hookCallsFinished = 0;

/**
 * Whether `value` is a stack overflow, or a real error caused by one (followed through `cause`),
 * decided without running any code `value` could carry: Proxies and non-errors are not
 * inspected, and only own data properties are read (no getters).
 */
export function isStackOverflow(value: unknown): boolean {
  let current = value;
  for (let depth = 0; depth <= MAX_CAUSES; depth++) {
    if (typeof current !== "object" || current === null || isProxy(current) || !isNativeError(current)) return false;
    const message = getOwnPropertyDescriptor(current, "message")?.value;
    if (typeof message === "string" && (message.includes(STACK_OVERFLOW_MESSAGE) || message === MEASURED_MESSAGE)) return true;
    current = getOwnPropertyDescriptor(current, "cause")?.value;
  }
  return false;
}

function measuredOverflowMessage(): string {
  const deeper = (depth: number): number => deeper(depth + 1) + 1;
  try {
    deeper(0);
  } catch (error) {
    if (error instanceof RangeError) return error.message;
  }
  return STACK_OVERFLOW_MESSAGE;
}

/** Counts `thrown` when it is a stack overflow: partforge's own catch sites call it first. */
export function noteStackOverflow(thrown: unknown): void {
  if (isStackOverflow(thrown)) overflowsNoted += 1;
}

/**
 * The hook of instrumented ModelScripts (see modelscript/instrument.ts). Each catch clause,
 * `finally` and function body first does `hook.entered++` — a plain store, which works even at
 * the very edge of the stack — and then calls `hook(thrown)`. At the edge that call may itself
 * overflow, and the script may then discard that too (`finally { return }` in the same frame):
 * `entered` then stays ahead of the calls that finished, which counts as an overflow. Scripts
 * cannot name the hook (see instrument.ts), so only partforge's code touches `entered`.
 */
export interface CaughtHook {
  (thrown: unknown): void;
  entered: number;
}

export const caughtHook: CaughtHook = Object.seal(
  Object.assign(
    (thrown: unknown): void => {
      noteStackOverflow(thrown);
      hookCallsFinished += 1; // last: a call cut short by an overflow leaves `entered` ahead
    },
    { entered: 0 },
  ),
);

/**
 * A count that grows with every stack overflow caught in this process, by an instrumented script
 * (including hook calls that could not finish) or by partforge. It never shrinks; a slot that
 * sees it grow during a build retires (`slot/invariants.ts`).
 */
export function stackOverflowsSeen(): number {
  return overflowsNoted + (caughtHook.entered - hookCallsFinished);
}
