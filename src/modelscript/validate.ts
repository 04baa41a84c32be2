import { isProxy } from "node:util/types";
import { closestName } from "../shared/closest.ts";
import { PartforgeError, type ErrorData, type SourceLocation } from "../shared/errors.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import { DEFAULT_UNIT, isUnit, UNITS, type Unit } from "../shared/units.ts";
import type { CompiledScript } from "./compile.ts";
import type { ModelMetadata } from "./describe.ts";
import { checkCount, checkMetadata, checkParameter, checkText, DESCRIPTION_LIMITS } from "./descriptionLimits.ts";
import { locateStack, type ScriptExports } from "./evaluate.ts";
import { paramState, type ParamState } from "./params.ts";
import { RESERVED_PARAM_NAMES, RESERVED_PARAM_PREFIX, setOwn, type ParamSchema, type ParamValue } from "./schema.ts";
import { describeThrown, isRealError, stackOf } from "./thrown.ts";
import { showValue } from "./values.ts";

const DEFAULT_NAME = "Untitled model";
const DEFAULT_VERSION = "1.0";
const FIRST_LINE: SourceLocation = { line: 1, column: 1 };

/** One exported parameter of an evaluated module. */
export interface ExportedParam {
  readonly name: string;
  readonly state: ParamState;
}

/** A declared parameter ready for the schema: its published form plus every preset it lists. */
export interface DeclaredParam extends ParamSchema {
  presets: Readonly<Record<string, ParamValue>>;
}

/** What a valid module declares. */
export interface ValidModule {
  metadata: ModelMetadata;
  uom: Unit;
  version: string;
  parameters: DeclaredParam[];
}

/** Collects problems, each with where in the author's source it is, and throws them as one error. */
class Diagnostics {
  private readonly items: ErrorData[] = [];

  add(message: string, location: SourceLocation | undefined, param?: string): void {
    const item: ErrorData = { code: "SCRIPT_INVALID", message };
    if (param !== undefined) item.param = param;
    if (location !== undefined) Object.assign(item, { line: location.line, column: location.column });
    this.items.push(item);
  }

  /** Throws the first problem in source order, with all of them in `details.diagnostics`. */
  throwIfAny(): void {
    const ordered = this.items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => (a.item.line ?? Infinity) - (b.item.line ?? Infinity) || (a.item.column ?? 0) - (b.item.column ?? 0) || a.index - b.index)
      .map(({ item }) => item);
    const first = ordered[0];
    if (first === undefined) return;
    const error = PartforgeError.fromData({ ...first, details: { diagnostics: ordered } });
    throw error;
  }
}

/**
 * Refuses names read from `"partforge"` that it does not export, as ES modules do at link time
 * (before anything runs), suggesting the closest export.
 * @throws PartforgeError SCRIPT_INVALID at the first such read.
 */
export function checkImports(compiled: CompiledScript, scope: Readonly<Record<string, unknown>>): void {
  const diagnostics = new Diagnostics();
  for (const [name, location] of compiled.partforgeImports) {
    if (Object.hasOwn(scope, name)) continue;
    const suggestion = closestName(name, Object.keys(scope));
    const hint = suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
    diagnostics.add(`"partforge" has no export named "${name}"${hint}`, location);
  }
  diagnostics.throwIfAny();
}

/** The module's exported parameters in declaration order (the order of the constructor calls). */
export function exportedParams(exports: ScriptExports): ExportedParam[] {
  const found: ExportedParam[] = [];
  for (const [name, value] of Object.entries(exports)) {
    const state = paramState(value);
    if (state !== undefined) found.push({ name, state });
  }
  return found.sort((a, b) => a.state.sequence - b.state.sequence || (a.name < b.name ? -1 : 1));
}

/**
 * Checks an evaluated module against SPEC section 1: `UOM`, `VERSION`, `METADATA`, a `build`
 * function, and every parameter (name not reserved, declared once, options valid).
 * @throws PartforgeError SCRIPT_INVALID naming the parameter where there is one, at its
 *   declaration's line:column, with every problem in `details.diagnostics`.
 */
export function validateModule(exports: ScriptExports, compiled: CompiledScript): ValidModule {
  const diagnostics = new Diagnostics();
  const at = (name: string) => compiled.exportLocations.get(name) ?? FIRST_LINE;
  const uom = exports.UOM ?? DEFAULT_UNIT;
  if (!isUnit(uom)) diagnostics.add(`UOM ${describeThrown(uom)} is not a unit of measure; use one of ${UNITS.join(", ")}`, at("UOM"));
  const version = exports.VERSION ?? DEFAULT_VERSION;
  if (typeof version !== "string" || version.trim() === "") {
    diagnostics.add(`VERSION must be a string such as "1.0"; got ${describeThrown(version)}`, at("VERSION"));
  }
  const metadata = readMetadata(exports.METADATA, (message) => diagnostics.add(message, at("METADATA")), at("METADATA"));
  if (!Object.hasOwn(exports, "build") || exports.build === undefined) {
    diagnostics.add("no `build` export: a ModelScript must export a function that returns the model, e.g. `export function build() { … }`", FIRST_LINE);
  } else if (typeof exports.build !== "function") {
    diagnostics.add(`\`build\` must be a function; got ${describeThrown(exports.build)}`, at("build"));
  }
  const parameters = declaredParams(exports, compiled, diagnostics);
  diagnostics.throwIfAny();
  return { metadata, uom: uom as Unit, version: version as string, parameters };
}

function declaredParams(exports: ScriptExports, compiled: CompiledScript, diagnostics: Diagnostics): DeclaredParam[] {
  const declared: DeclaredParam[] = [];
  const seen = new Map<ParamState, string>();
  const exported = exportedParams(exports);
  checkCount("parameters", exported.length, DESCRIPTION_LIMITS.parameters);
  for (const { name, state } of exported) {
    try {
      checkDeclarationSize(name, state);
    } catch (error) {
      throw error instanceof PartforgeError ? error.withLocation(declarationLocation(name, state, compiled)) : error;
    }
    const report = (message: string) => diagnostics.add(message, declarationLocation(name, state, compiled), name);
    const first = seen.get(state);
    if (first !== undefined) {
      report(`parameter ${name} is the same parameter as ${first}: declare each parameter with its own ${state.declaration.kind}(…) call`);
      continue;
    }
    seen.set(state, name);
    if (RESERVED_PARAM_NAMES.includes(name)) {
      report(`parameter name "${name}" is reserved (${RESERVED_PARAM_NAMES.join(", ")} are request fields); rename the export`);
    } else if (name.startsWith(RESERVED_PARAM_PREFIX)) {
      report(`parameter name "${name}" is reserved: names starting with ${RESERVED_PARAM_PREFIX} are output options (out_view, out_width, …); rename the export`);
    }
    for (const problem of state.declaration.problems) report(`parameter ${name}: ${problem}`);
    const { constraints, defaultValue, desc, group, presets } = state.declaration;
    if (defaultValue === undefined) continue;
    declared.push({ name, ...constraints, default: defaultValue, ...(desc === undefined ? {} : { desc }), group, presets });
  }
  return declared;
}

/**
 * The size limits of what this parameter puts into the description (its name, desc, group,
 * choices and preset names), before anything is copied from it.
 * @throws PartforgeError DESCRIPTION_TOO_LARGE naming the field.
 */
function checkDeclarationSize(name: string, state: ParamState): void {
  const { oversize, desc, group, constraints, presets } = state.declaration;
  if (oversize !== undefined) checkCount(`${name}.${oversize.option}`, oversize.entries, oversize.limit, name);
  checkParameter({ name, desc, group, choices: constraints.choices });
  for (const preset of Object.keys(presets)) checkText(`${name}.presets name "${preset.slice(0, 40)}"`, preset, DESCRIPTION_LIMITS.presetNameBytes, name);
}

/** Where the parameter was declared: its constructor call, else its export's declaration. */
function declarationLocation(name: string, state: ParamState, compiled: CompiledScript): SourceLocation | undefined {
  const stack = stackOf(state.origin);
  return (stack === undefined ? undefined : locateStack(stack, compiled)) ?? compiled.exportLocations.get(name);
}

/** `METADATA` as published: string fields only, `name` defaulting to "Untitled model". */
function readMetadata(value: unknown, report: (message: string) => void, location: SourceLocation): ModelMetadata {
  const metadata: ModelMetadata = { name: DEFAULT_NAME };
  if (value === undefined) return metadata;
  if (typeof value !== "object" || value === null || Array.isArray(value) || isProxy(value) || isRealError(value)) {
    report(`METADATA must be an object such as { name: "Bored block", description: "…", license: "CC-BY-4.0" }; got ${describeThrown(value)}`);
    return metadata;
  }
  const fields = Object.keys(value);
  try {
    checkCount("METADATA", fields.length, DESCRIPTION_LIMITS.metadataFields);
  } catch (error) {
    throw (error as PartforgeError).withLocation(location);
  }
  try {
    for (const field of fields) {
      const text = (value as Record<string, unknown>)[field];
      if (typeof text !== "string") report(`METADATA.${field} must be a string; got ${showValue(text)}`);
      else if (field !== "name" || text.trim() !== "") setOwn(metadata, field, text);
    }
  } catch (error) {
    noteStackOverflow(error);
    report(`METADATA could not be read: ${describeThrown(error)}`);
  }
  try {
    checkMetadata(metadata);
  } catch (error) {
    throw (error as PartforgeError).withLocation(location);
  }
  return metadata;
}
