import vm from "node:vm";
import { PartforgeError, type SourceLocation } from "../shared/errors.ts";
import { caughtHook, type CaughtHook } from "../shared/stackOverflow.ts";
import type { CompiledScript } from "./compile.ts";
import { CAUGHT_HOOK } from "./instrument.ts";
import { pythonMessage } from "./python/errors.ts";
import { asPartforgeError, describeThrown, errorText, isRealError, stackOf } from "./thrown.ts";

/** The CommonJS environment one evaluation of a compiled ModelScript runs in. */
export interface EvaluationContext {
  /** The names a script can use without importing them: everything `"partforge"` exports. */
  readonly globals: Readonly<Record<string, unknown>>;
  /** Answers `require("partforge")` with the frozen scope; refuses anything else. */
  readonly require: (specifier: string) => unknown;
  readonly module: { exports: unknown };
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

const STACK_FRAMES = 64;
const COMPILED_CACHE_SIZE = 16;
const compiledCache = new Map<string, { globals: object; run: ReturnType<typeof vm.compileFunction> }>();
const frozenScopes = new WeakMap<object, Readonly<Record<string, unknown>>>();

/**
 * The default evaluator: `vm.compileFunction` in the current realm (so arrays a script makes
 * are real `Array`s), with the globals as an outer scope a script may shadow. It confines
 * nothing — untrusted scripts need a sandboxing evaluator. Compiled functions are cached by
 * code, so re-evaluating a script per build costs one call.
 */
export const inProcessEvaluator: Evaluator = (code, context) => {
  const key = `${context.fileName}\n${code}`;
  let entry = compiledCache.get(key);
  if (entry === undefined || entry.globals !== context.globals) {
    // The globals are an outer scope bound at compile time, so a new globals object needs a new function.
    const run = vm.compileFunction(code, ["require", "module", "exports", CAUGHT_HOOK], {
      filename: context.fileName,
      contextExtensions: [context.globals],
    });
    entry = { globals: context.globals, run };
  }
  compiledCache.delete(key); // least recently used first
  compiledCache.set(key, entry);
  if (compiledCache.size > COMPILED_CACHE_SIZE) compiledCache.delete(compiledCache.keys().next().value!);
  entry.run.call(undefined, context.require, context.module, context.exports, context.caught);
};

/**
 * Evaluates a compiled script's module top level and returns its exports. `scope` is
 * everything `"partforge"` exports (parameter constructors, modelling API, …): importable,
 * and pre-loaded as globals.
 * @throws PartforgeError SCRIPT_EXCEPTION at the author's line:column when the top level throws
 *   (a `PartforgeError` thrown by the API keeps its code and gains the location).
 */
export function evaluateModelScript(
  compiled: CompiledScript,
  scope: Readonly<Record<string, unknown>>,
  evaluator: Evaluator = inProcessEvaluator,
): ScriptExports {
  const globals = frozenScope(scope);
  const exports: Record<string, unknown> = {};
  const module = { exports: exports as unknown };
  const require = (specifier: string): unknown => {
    if (specifier === "partforge") return globals;
    throw new PartforgeError("IMPORT_NOT_ALLOWED", `require(${describeThrown(specifier)}) is not allowed: a ModelScript can only import from "partforge"`);
  };
  try {
    withDeepStacks(() => evaluator(compiled.code, { globals, require, module, exports, caught: caughtHook, fileName: compiled.virtualFileName }));
  } catch (error) {
    throw scriptFailure(error, compiled, "the script's top level");
  }
  return readExports(module.exports, compiled);
}

/** A null-prototype frozen copy of `scope`, made once per scope object. */
function frozenScope(scope: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let frozen = frozenScopes.get(scope);
  if (frozen === undefined) {
    frozen = Object.freeze(Object.assign(Object.create(null) as Record<string, unknown>, scope));
    frozenScopes.set(scope, frozen);
  }
  return frozen;
}

/** Reads every export once, in a null-prototype object; a module object that cannot be read is invalid. */
function readExports(moduleExports: unknown, compiled: CompiledScript): ScriptExports {
  const result = Object.create(null) as Record<string, unknown>;
  if (typeof moduleExports !== "object" || moduleExports === null) return result;
  try {
    for (const name of Object.keys(moduleExports)) result[name] = (moduleExports as Record<string, unknown>)[name];
  } catch (error) {
    throw scriptFailure(error, compiled, "reading the script's exports");
  }
  return result;
}

/**
 * Runs `action` with enough stack frames recorded to reach the script's frames under deep
 * API calls, restoring the limit afterwards.
 */
export function withDeepStacks<T>(action: () => T): T {
  const limit = Error.stackTraceLimit;
  const deeper = typeof limit === "number" && limit >= STACK_FRAMES ? limit : STACK_FRAMES;
  try {
    Error.stackTraceLimit = deeper;
  } catch {
    return action(); // a locked-down realm may freeze the limit
  }
  try {
    return action();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Where in the author's source a thrown value was thrown (or where the script called the API
 * that threw it): the first frame of its stack in the script's virtual file, mapped through
 * the source map. Undefined when the value has no usable stack (e.g. a thrown string).
 */
export function locateError(error: unknown, compiled: CompiledScript): SourceLocation | undefined {
  const stack = stackOf(error);
  return stack === undefined ? undefined : locateStack(stack, compiled);
}

/** The first frame of `stack` in `compiled`'s virtual file that maps to the author's source. */
export function locateStack(stack: string, compiled: CompiledScript): SourceLocation | undefined {
  const file = compiled.virtualFileName;
  for (const line of stack.split("\n")) {
    const at = line.lastIndexOf(`${file}:`);
    if (at < 0) continue;
    const position = /^:(\d+):(\d+)/.exec(line.slice(at + file.length));
    if (position === null) continue;
    const location = compiled.originalLocation(Number(position[1]), Number(position[2]));
    if (location !== undefined) return location;
  }
  return undefined;
}

/**
 * The error to report for a value thrown by script code `during` some phase ("build()", …):
 * a partforge error keeps its code and gains the script location; anything else becomes
 * SCRIPT_EXCEPTION with the original message, described safely whatever was thrown.
 */
export function scriptFailure(thrown: unknown, compiled: CompiledScript, during: string): PartforgeError {
  const failure = failureOf(thrown, compiled, during);
  if (compiled.language !== "py") return failure;
  // A Python author reads Python's wording (python/errors.ts).
  const message = pythonMessage(failure.message);
  if (message === failure.message) return failure;
  return new PartforgeError(failure.code, message, {
    ...(failure.location === undefined ? {} : { location: failure.location }),
    ...(failure.details === undefined ? {} : { details: failure.details }),
    cause: failure,
  });
}

function failureOf(thrown: unknown, compiled: CompiledScript, during: string): PartforgeError {
  const location = locateError(thrown, compiled);
  const known = asPartforgeError(thrown);
  if (known !== undefined) return known.withLocation(location);
  const message = isRealError(thrown) ? errorText(thrown) : `${during} threw ${describeThrown(thrown)}`;
  // The original error stays as the cause (never sent anywhere) so a slot can tell where it was raised.
  return new PartforgeError("SCRIPT_EXCEPTION", message, { ...(location === undefined ? {} : { location }), ...(isRealError(thrown) ? { cause: thrown } : {}) });
}

/**
 * Whether a thrown error was raised by partforge's own code rather than the script's: the first
 * frame of its stack that has a file (builtins such as `Array.map` have none) is not in the
 * script's virtual file. False when there is no readable stack.
 */
export function raisedOutsideScript(error: unknown, compiled: CompiledScript): boolean {
  const stack = stackOf(error);
  if (stack === undefined) return false;
  for (const line of stack.split("\n")) {
    if (!/^\s+at /.test(line)) continue;
    const file = /\(?([^\s()]+):\d+:\d+\)?$/.exec(line)?.[1];
    if (file === undefined) continue;
    return !file.endsWith(compiled.virtualFileName);
  }
  return false;
}
