import { PartforgeError, type SourceLocation } from "../shared/errors.ts";
import { type CaughtHook } from "../shared/stackOverflow.ts";
import type { CompiledScript } from "./compile.ts";
/** The CommonJS environment one evaluation of a compiled ModelScript runs in. */
export interface EvaluationContext {
    /** The names a script can use without importing them: everything `"partforge"` exports. */
    readonly globals: Readonly<Record<string, unknown>>;
    /** Answers `require("partforge")` with the frozen scope; refuses anything else. */
    readonly require: (specifier: string) => unknown;
    readonly module: {
        exports: unknown;
    };
    readonly exports: Record<string, unknown>;
    /**
     * What the script's instrumented catch clauses, `finally` blocks and function bodies hand
     * every caught value to: the module function's parameter named `CAUGHT_HOOK`.
     */
    readonly caught: CaughtHook;
    /** The file name stack frames of the script must carry (`CompiledScript.virtualFileName`). */
    readonly fileName: string;
}
/**
 * Runs compiled ModelScript code once, as the body of a function of `require`, `module`,
 * `exports` and `CAUGHT_HOOK` (`context.caught`), with `globals` visible as free names.
 * Replaceable so that a confining evaluator (an SES Compartment) can run scripts.
 */
export type Evaluator = (code: string, context: EvaluationContext) => void;
/** What evaluating a script's module yields: its exports, each read once. */
export type ScriptExports = Readonly<Record<string, unknown>>;
/**
 * The default evaluator: `vm.compileFunction` in the current realm (so arrays a script makes
 * are real `Array`s), with the globals as an outer scope a script may shadow. It confines
 * nothing — untrusted scripts need a sandboxing evaluator. Compiled functions are cached by
 * code, so re-evaluating a script per build costs one call.
 */
export declare const inProcessEvaluator: Evaluator;
/**
 * Evaluates a compiled script's module top level and returns its exports. `scope` is
 * everything `"partforge"` exports (parameter constructors, modelling API, …): importable,
 * and pre-loaded as globals.
 * @throws PartforgeError SCRIPT_EXCEPTION at the author's line:column when the top level throws
 *   (a `PartforgeError` thrown by the API keeps its code and gains the location).
 */
export declare function evaluateModelScript(compiled: CompiledScript, scope: Readonly<Record<string, unknown>>, evaluator?: Evaluator): ScriptExports;
/**
 * Runs `action` with enough stack frames recorded to reach the script's frames under deep
 * API calls, restoring the limit afterwards.
 */
export declare function withDeepStacks<T>(action: () => T): T;
/**
 * Where in the author's source a thrown value was thrown (or where the script called the API
 * that threw it): the first frame of its stack in the script's virtual file, mapped through
 * the source map. Undefined when the value has no usable stack (e.g. a thrown string).
 */
export declare function locateError(error: unknown, compiled: CompiledScript): SourceLocation | undefined;
/** The first frame of `stack` in `compiled`'s virtual file that maps to the author's source. */
export declare function locateStack(stack: string, compiled: CompiledScript): SourceLocation | undefined;
/**
 * The error to report for a value thrown by script code `during` some phase ("build()", …):
 * a partforge error keeps its code and gains the script location; anything else becomes
 * SCRIPT_EXCEPTION with the original message, described safely whatever was thrown.
 */
export declare function scriptFailure(thrown: unknown, compiled: CompiledScript, during: string): PartforgeError;
/**
 * Whether a thrown error was raised by partforge's own code rather than the script's: the first
 * frame of its stack that has a file (builtins such as `Array.map` have none) is not in the
 * script's virtual file. False when there is no readable stack.
 */
export declare function raisedOutsideScript(error: unknown, compiled: CompiledScript): boolean;
