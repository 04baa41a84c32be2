import type { Unit } from "../shared/units.ts";
import { type CompiledScript, type ScriptLanguage } from "./compile.ts";
import { type Describable, type ModelMetadata } from "./describe.ts";
import { type Evaluator } from "./evaluate.ts";
import { type ParamSchema, type ParamValue, type PresetTable } from "./schema.ts";
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
export declare function loadModelScript(source: string, options: LoadOptions): Promise<LoadedScript>;
/**
 * Evaluates and validates an already compiled ModelScript, synchronously: for a process that
 * cannot compile (a sandboxed build slot receives the compiled code from its parent).
 * @throws PartforgeError as `loadModelScript`, except the compile errors.
 */
export declare function loadCompiledModelScript(compiled: CompiledScript, options: Pick<LoadOptions, "scope" | "evaluator">): LoadedScript;
/**
 * A compiled ModelScript whose description (metadata, unit, version, parameters, presets) an
 * earlier `loadCompiledModelScript` of the same compiled code and scope found, without
 * evaluating it again: only `run` evaluates it, once per build, and checks that the fresh
 * module declares the same parameters. A build slot keeps descriptions so that a script built
 * again (new values) is evaluated once instead of twice (`pool/slot/describedScripts.ts`).
 * @throws PartforgeError SCRIPT_INVALID when the script reads a name `"partforge"` does not export.
 */
export declare function loadDescribedModelScript(compiled: CompiledScript, description: Describable, options: Pick<LoadOptions, "scope" | "evaluator">): LoadedScript;
