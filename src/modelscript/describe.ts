import type { Unit } from "../shared/units.ts";
import { checkCount, checkDescription, DESCRIPTION_LIMITS } from "./descriptionLimits.ts";
import { DEFAULT_PRESET, setOwn, type ParamSchema, type ParamValue, type PresetTable } from "./schema.ts";

/** A model's `METADATA`: `name` always, `description` and `license` when given, and any extra string fields. */
export interface ModelMetadata {
  name: string;
  description?: string;
  license?: string;
  [field: string]: string | undefined;
}

/** A form section: a group name and its parameters in declaration order. */
export interface ParamGroup {
  name: string;
  parameters: string[];
}

/**
 * The JSON document that describes a model to clients (the web form, `GET /api/models/:id`):
 * metadata, unit, format version, the typed parameter schema in declaration order, groups in
 * order of first appearance, and every preset's full value set (`default` always present).
 * Options a parameter does not declare are absent (never `null`).
 */
export interface ModelDescription {
  metadata: ModelMetadata;
  uom: Unit;
  version: string;
  parameters: ParamSchema[];
  groups: ParamGroup[];
  presets: PresetTable;
}

/** What `describe` reads: a loaded script, or anything shaped like one. */
export interface Describable {
  readonly metadata: Readonly<ModelMetadata>;
  readonly uom: Unit;
  readonly version: string;
  readonly parameters: readonly ParamSchema[];
  readonly presets: Readonly<Record<string, Readonly<Record<string, ParamValue>>>>;
}

/**
 * The model's description as one fresh JSON-compatible document (callers may change it).
 * @throws PartforgeError DESCRIPTION_TOO_LARGE naming the field beyond its limit (see `DESCRIPTION_LIMITS`).
 * @example JSON.stringify(describe(await loadModelScript(source, { language: "ts", scope })))
 */
export function describe(model: Describable): ModelDescription {
  const presets: PresetTable = {};
  for (const [name, values] of Object.entries(model.presets)) setOwn(presets, name, { ...values });
  const description: ModelDescription = {
    metadata: { ...model.metadata },
    uom: model.uom,
    version: model.version,
    parameters: model.parameters.map(publishedParameter),
    groups: groupsOf(model.parameters),
    presets,
  };
  checkDescription(description);
  return description;
}

const OPTIONAL_KEYS = ["min", "max", "step", "choices", "maxLength", "pattern", "desc"] as const;

/** One parameter with its keys in a fixed order, absent options left out. */
function publishedParameter(parameter: ParamSchema): ParamSchema {
  const published: Record<string, unknown> = { name: parameter.name, type: parameter.type, default: parameter.default };
  for (const key of OPTIONAL_KEYS) {
    const value = parameter[key];
    if (value !== undefined) published[key] = Array.isArray(value) ? [...value] : value;
  }
  published.group = parameter.group;
  return published as unknown as ParamSchema;
}

/** Groups in order of first appearance, each listing its parameters in declaration order. */
export function groupsOf(parameters: readonly ParamSchema[]): ParamGroup[] {
  const groups = new Map<string, string[]>();
  for (const { name, group } of parameters) {
    const members = groups.get(group) ?? [];
    members.push(name);
    groups.set(group, members);
  }
  return [...groups].map(([name, members]) => ({ name, parameters: members }));
}

/**
 * Every preset's full value set (SPEC section 1): a preset exists when any parameter lists it;
 * applying it gives each parameter its own value for that preset, else its default.
 * `default` comes first, the others in order of first appearance.
 */
export function presetTable(
  parameters: ReadonlyArray<{ name: string; default: ParamValue; presets: Readonly<Record<string, ParamValue>> }>,
): PresetTable {
  const names = [DEFAULT_PRESET];
  const seen = new Set(names);
  for (const parameter of parameters) {
    for (const preset of Object.keys(parameter.presets)) {
      if (seen.has(preset)) continue;
      seen.add(preset);
      names.push(preset);
      checkCount("presets", names.length, DESCRIPTION_LIMITS.presets);
    }
  }
  const table: PresetTable = {};
  for (const preset of names) {
    const values: Record<string, ParamValue> = {};
    for (const parameter of parameters) {
      setOwn(values, parameter.name, Object.hasOwn(parameter.presets, preset) ? parameter.presets[preset]! : parameter.default);
    }
    setOwn(table, preset, values);
  }
  return table;
}
