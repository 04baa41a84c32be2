/**
 * Stack overflows, wherever they are caught (issue 12, point 3). V8 makes the overflow's
 * `RangeError` itself, with no JavaScript hook, so every place that can swallow a thrown value
 * hands it to `noteStackOverflow` first: the catch clauses, `finally` blocks and function bodies of
 * every ModelScript (instrumented at compile time, see modelscript/instrument.ts) and partforge's
 * own catch sites in script-facing code. A slot compares `stackOverflowsSeen()` before and after
 * each build and retires itself when it grew.
 */
import { isNativeError, isProxy } from "node:util/types";

/**
 * V8's message for JavaScript and WebAssembly stack exhaustion alike (its `kStackOverflow`
 * template, the same in Node 20, 22 and 24). A script that throws its own error with this
 * message only retires its own slot.
 */
export const STACK_OVERFLOW_MESSAGE = "Maximum call stack size exceeded";

/** How many `cause` links are followed: partforge wraps a caught overflow at most a few times. */
const MAX_CAUSES = 4;
const { getOwnPropertyDescriptor } = Reflect;

/**
 * How often the hook has been handed a stack overflow since the process started (one overflow
 * passing through many instrumented frames counts once per frame): a build can only make it
 * grow, and a slot that saw it grow during a build retires (`slot/invariants.ts`).
 */
let overflowsSeen = 0;

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
    if (typeof message === "string" && message.includes(STACK_OVERFLOW_MESSAGE)) return true;
    current = getOwnPropertyDescriptor(current, "cause")?.value;
  }
  return false;
}

/**
 * Counts `thrown` when it is a stack overflow. The hook every instrumented catch clause, `finally`
 * and function body of a ModelScript calls first, and which partforge's own catch sites call:
 * it only ever counts up, so a script that reaches it can retire nothing but its own slot.
 */
export const noteStackOverflow: (thrown: unknown) => void = Object.freeze((thrown: unknown): void => {
  if (isStackOverflow(thrown)) overflowsSeen += 1;
});

/** How often `noteStackOverflow` has been handed a stack overflow in this process. */
export function stackOverflowsSeen(): number {
  return overflowsSeen;
}
