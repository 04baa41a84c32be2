import { isPromise } from "node:util/types";
import { PartforgeError } from "../shared/errors.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import type { Unit } from "../shared/units.ts";
import { compileModelScript, type CompiledScript, type ScriptLanguage } from "./compile.ts";
import { presetTable, type Describable, type ModelMetadata } from "./describe.ts";
import { evaluateModelScript, inProcessEvaluator, scriptFailure, withDeepStacks, type Evaluator, type ScriptExports } from "./evaluate.ts";
import { withoutDeclarationSites } from "./params.ts";
import { type ParamSchema, type ParamValue, type PresetTable } from "./schema.ts";
import { checkImports, exportedParams, validateModule, type DeclaredParam } from "./validate.ts";
import { completeValues } from "./values.ts";

/** Options of `loadModelScript`. */
export interface LoadOptions {
  language: ScriptLanguage;
  /** Everything `"partforge"` exports: parameter constructors, modelling API, … */
  scope: Readonly<Record<string, unknown>>;
  /** Runs the compiled code; defaults to the (non-confining) in-process evaluator. */
  evaluator?: Evaluator;
  /** The author's file name, for messages. */
  fileName?: string;
}

/** A compiled, evaluated and validated ModelScript, ready to describe and to build. */
export interface LoadedScript extends Describable {
  readonly compiled: CompiledScript;
  readonly metadata: Readonly<ModelMetadata>;
  readonly uom: Unit;
  readonly version: string;
  /** The parameter schema, in declaration order. */
  readonly parameters: readonly ParamSchema[];
  /** Every preset's full value set, `default` first. */
  readonly presets: Readonly<PresetTable>;
  /**
   * Builds once: evaluates the module afresh (so nothing a build sets — parameter values,
   * module variables — reaches the next build), gives each parameter its value (defaults for
   * those not in `values`), and returns what `build(values)` returns, unchecked.
   * @throws PartforgeError UNKNOWN_PARAM / PARAM_INVALID for bad `values`; SCRIPT_EXCEPTION at
   *   the script's line:column when the script throws (a partforge error thrown by the API
   *   keeps its code and gains the location); INVALID_RESULT when `build` is async.
   */
  run(values?: Readonly<Record<string, ParamValue>>): unknown;
}

/**
 * Compiles, evaluates and validates a ModelScript (SPEC section 1).
 * @throws PartforgeError SCRIPT_SYNTAX, IMPORT_NOT_ALLOWED, SCRIPT_EXCEPTION (the top level
 *   threw) or SCRIPT_INVALID (with `param`, `location` and all problems in `details.diagnostics`).
 * @example
 * const loaded = await loadModelScript(text, { language: "ts", scope: { ...paramConstructors, ...api } });
 * const solid = loaded.run(resolveValues(describe(loaded), { values: { p_length: "120" } }));
 */
export async function loadModelScript(source: string, options: LoadOptions): Promise<LoadedScript> {
  const compiled = await compileModelScript(source, options.fileName === undefined ? { language: options.language } : options);
  return loadCompiledModelScript(compiled, options);
}

/**
 * Evaluates and validates an already compiled ModelScript, synchronously: for a process that
 * cannot compile (a sandboxed build slot receives the compiled code from its parent).
 * @throws PartforgeError as `loadModelScript`, except the compile errors.
 */
export function loadCompiledModelScript(compiled: CompiledScript, options: Pick<LoadOptions, "scope" | "evaluator">): LoadedScript {
  const { scope, evaluator = inProcessEvaluator } = options;
  checkImports(compiled, scope);
  const module = validateModule(evaluateModelScript(compiled, scope, evaluator), compiled);
  const presets = presetTable(module.parameters);
  for (const values of Object.values(presets)) Object.freeze(values);
  const description: Describable = Object.freeze({
    metadata: Object.freeze(module.metadata),
    uom: module.uom,
    version: module.version,
    parameters: Object.freeze(module.parameters.map(schemaOf)),
    presets: Object.freeze(presets),
  });
  return withDescription(compiled, description, scope, evaluator);
}

/**
 * A compiled ModelScript whose description (metadata, unit, version, parameters, presets) an
 * earlier `loadCompiledModelScript` of the same compiled code and scope found, without
 * evaluating it again: only `run` evaluates it, once per build, and checks that the fresh
 * module declares the same parameters. A build slot keeps descriptions so that a script built
 * again (new values) is evaluated once instead of twice (`pool/slot/describedScripts.ts`).
 * @throws PartforgeError SCRIPT_INVALID when the script reads a name `"partforge"` does not export.
 */
export function loadDescribedModelScript(compiled: CompiledScript, description: Describable, options: Pick<LoadOptions, "scope" | "evaluator">): LoadedScript {
  const { scope, evaluator = inProcessEvaluator } = options;
  checkImports(compiled, scope);
  return withDescription(compiled, description, scope, evaluator);
}

function withDescription(compiled: CompiledScript, description: Describable, scope: Readonly<Record<string, unknown>>, evaluator: Evaluator): LoadedScript {
  const { metadata, uom, version, parameters, presets } = description;
  return Object.freeze({
    compiled,
    metadata,
    uom,
    version,
    parameters,
    presets,
    run: (values: Readonly<Record<string, ParamValue>> = {}) => runOnce(compiled, scope, evaluator, parameters, values),
  });
}

function schemaOf(declared: DeclaredParam): ParamSchema {
  const { presets: _presets, ...schema } = declared;
  return Object.freeze(schema);
}

function runOnce(
  compiled: CompiledScript,
  scope: Readonly<Record<string, unknown>>,
  evaluator: Evaluator,
  parameters: readonly ParamSchema[],
  values: Readonly<Record<string, ParamValue>>,
): unknown {
  const complete = completeValues(parameters, values);
  // The script was validated before this evaluation: no parameter's declaration site is read.
  const exports = withoutDeclarationSites(() => evaluateModelScript(compiled, scope, evaluator));
  assignValues(exports, parameters, complete);
  const build = exports.build;
  if (typeof build !== "function") throw changedOnReevaluation("it no longer exports a build function");
  const frozen = Object.freeze(complete);
  let result: unknown;
  try {
    result = withDeepStacks(() => Reflect.apply(build, undefined, [frozen]));
  } catch (error) {
    throw scriptFailure(error, compiled, "build()");
  }
  if (isPromise(result)) {
    markHandled(result);
    throw new PartforgeError("INVALID_RESULT", "build() returned a Promise: build() must return the model itself (no async/await)");
  }
  return result;
}

/** Gives each parameter of a fresh evaluation its value, after checking it declared the same parameters. */
function assignValues(exports: ScriptExports, parameters: readonly ParamSchema[], values: Record<string, ParamValue>): void {
  const exported = exportedParams(exports);
  const same =
    exported.length === parameters.length &&
    exported.every(({ name, state }, index) => name === parameters[index]!.name && state.declaration.constraints.type === parameters[index]!.type);
  if (!same) throw changedOnReevaluation("it declared different parameters");
  for (const { name, state } of exported) {
    state.name = name;
    state.value = values[name];
    state.assigned = true;
  }
}

function changedOnReevaluation(what: string): PartforgeError {
  return new PartforgeError(
    "SCRIPT_INVALID",
    `the script changed when evaluated again for this build (${what}): its exports must not depend on randomness, time or earlier builds`,
  );
}

/** A rejected Promise nobody awaits must not take the process down. */
function markHandled(promise: Promise<unknown>): void {
  try {
    Promise.prototype.then.call(promise, undefined, noteStackOverflow);
  } catch (error) {
    noteStackOverflow(error);
    // A hostile Promise subclass; nothing more to do.
  }
}
