/**
 * V8's message for JavaScript and WebAssembly stack exhaustion alike (its `kStackOverflow`
 * template, the same in Node 20, 22 and 24). A script that throws its own error with this
 * message only retires its own slot.
 */
export declare const STACK_OVERFLOW_MESSAGE = "Maximum call stack size exceeded";
/**
 * Whether `value` is a stack overflow, or a real error caused by one (followed through `cause`),
 * decided without running any code `value` could carry: Proxies and non-errors are not
 * inspected, and only own data properties are read (no getters).
 */
export declare function isStackOverflow(value: unknown): boolean;
/** Counts `thrown` when it is a stack overflow: partforge's own catch sites call it first. */
export declare function noteStackOverflow(thrown: unknown): void;
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
export declare const caughtHook: CaughtHook;
/**
 * A count that grows with every stack overflow caught in this process, by an instrumented script
 * (including hook calls that could not finish) or by partforge. It never shrinks; a slot that
 * sees it grow during a build retires (`slot/invariants.ts`).
 */
export declare function stackOverflowsSeen(): number;
