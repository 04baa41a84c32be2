/**
 * The ModelScript layer: source text → compiled module → metadata, parameter schema, presets
 * and a runnable build; request values → typed values. No geometry kernel here: the caller
 * composes the `"partforge"` scope from `paramConstructors` and the modelling API.
 */
export {
  FloatParam,
  IntParam,
  IntegerParam,
  BooleanParam,
  StringParam,
  ChoiceParam,
  Param,
  paramConstructors,
  type CommonParamOptions,
  type NumberParamOptions,
  type StringParamOptions,
  type ChoiceParamOptions,
} from "./params.ts";
export {
  compileModelScript,
  normaliseSource,
  type CompiledScript,
  type CompileOptions,
  type ScriptLanguage,
} from "./compile.ts";
export {
  evaluateModelScript,
  inProcessEvaluator,
  locateError,
  raisedOutsideScript,
  type Evaluator,
  type EvaluationContext,
  type ScriptExports,
} from "./evaluate.ts";
export { CAUGHT_HOOK, RESERVED_PREFIX } from "./instrument.ts";
export { looksLikePython, PYTHON_LIMITS, type PythonDialect } from "./python/index.ts";
export { SCRIPT_LANGUAGE_NAMES, sentScriptLanguage } from "./language.ts";
export { loadModelScript, loadCompiledModelScript, loadDescribedModelScript, type LoadedScript, type LoadOptions } from "./load.ts";
export { checkDescription, DESCRIPTION_LIMITS } from "./descriptionLimits.ts";
export { PARAM_KINDS, type ParamKind } from "./declaration.ts";
export { describe, type Describable, type ModelDescription, type ModelMetadata, type ParamGroup } from "./describe.ts";
export { resolveValues, coerceValue, type RequestValue, type ValueRequest } from "./values.ts";
export {
  DEFAULT_GROUP,
  DEFAULT_PRESET,
  RESERVED_PARAM_NAMES,
  RESERVED_PARAM_PREFIX,
  type ParamConstraints,
  type ParamSchema,
  type ParamType,
  type ParamValue,
  type PresetTable,
  type ValueSchema,
} from "./schema.ts";
