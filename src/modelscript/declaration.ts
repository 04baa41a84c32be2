import { isProxy } from "node:util/types";
import { closestName } from "../shared/closest.ts";
import { MAX_PATTERN_LENGTH, patternProblem } from "../shared/safePattern.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import { describeThrown } from "./thrown.ts";
import { DESCRIPTION_LIMITS } from "./descriptionLimits.ts";
import { DEFAULT_GROUP, DEFAULT_PRESET, setOwn, type ParamConstraints, type ParamType, type ParamValue } from "./schema.ts";
import { anchoredPattern, showValue, valueProblem } from "./values.ts";

/** The parameter constructors a script can call, by the name it calls them. */
export type ParamKind = "FloatParam" | "IntParam" | "BooleanParam" | "StringParam" | "ChoiceParam";

const COMMON_OPTIONS = ["default", "presets", "desc", "group"] as const;

/** Each constructor's datatype and the option keys it accepts. */
export const PARAM_KINDS: Readonly<Record<ParamKind, { type: ParamType; options: readonly string[] }>> = {
  FloatParam: { type: "float", options: [...COMMON_OPTIONS, "min", "max", "step"] },
  IntParam: { type: "int", options: [...COMMON_OPTIONS, "min", "max", "step"] },
  BooleanParam: { type: "boolean", options: COMMON_OPTIONS },
  StringParam: { type: "string", options: [...COMMON_OPTIONS, "maxLength", "pattern"] },
  ChoiceParam: { type: "choice", options: [...COMMON_OPTIONS, "choices"] },
};
// Read by the docs too: nothing may change it.
for (const kind of Object.values(PARAM_KINDS)) Object.freeze(Object.freeze(kind).options);
Object.freeze(PARAM_KINDS);

/**
 * What one constructor call declared, read once from the script's options object. Problems
 * are recorded, never thrown: the loader reports them with the parameter's export name.
 */
export interface Declaration {
  readonly kind: ParamKind;
  readonly constraints: ParamConstraints;
  /** The default, when one was given and is valid. */
  readonly defaultValue: ParamValue | undefined;
  /** The valid preset values this parameter lists, `default` first when known. */
  readonly presets: Readonly<Record<string, ParamValue>>;
  readonly desc: string | undefined;
  readonly group: string;
  /** Human sentences, one per problem, in the order they were found. */
  readonly problems: readonly string[];
  /** An option with more entries than a description may hold; not read any further. */
  readonly oversize: Oversize | undefined;
}

/** An option list beyond its limit (see `DESCRIPTION_LIMITS`), reported by the loader with the parameter's name. */
export interface Oversize {
  option: "choices" | "presets";
  entries: number;
  limit: number;
}

/** Reads a constructor's options without ever throwing; bad options become `problems`. */
export function readDeclaration(kind: ParamKind, options: unknown): Declaration {
  const reader = new DeclarationReader(kind);
  try {
    reader.read(options);
  } catch (error) {
    noteStackOverflow(error);
    reader.problems.push(`its options could not be read: ${describeThrown(error)}`);
  }
  return reader.result();
}

class DeclarationReader {
  readonly problems: string[] = [];
  private readonly constraints: ParamConstraints;
  private defaultValue: ParamValue | undefined;
  private presets: Record<string, ParamValue> = {};
  private desc: string | undefined;
  private group = DEFAULT_GROUP;
  private constraintsBroken = false;
  private oversize: Oversize | undefined;

  constructor(private readonly kind: ParamKind) {
    this.constraints = { type: PARAM_KINDS[kind].type };
  }

  result(): Declaration {
    const { kind, constraints, defaultValue, presets, desc, group, problems, oversize } = this;
    return { kind, constraints, defaultValue, presets, desc, group, problems, oversize };
  }

  read(options: unknown): void {
    if (options === undefined) return this.readValues(new Map());
    const entries = this.entries(options);
    if (entries === undefined) return;
    this.readConstraints(entries);
    const desc = this.readString(entries, "desc");
    if (desc !== undefined) this.desc = desc;
    const group = this.readString(entries, "group");
    if (group !== undefined && group.trim() !== "") this.group = group;
    else if (group !== undefined) this.problems.push(`option "group" must be a non-empty string`);
    this.readValues(entries);
  }

  /** The own options as a map, after reporting keys this constructor does not know. */
  private entries(options: unknown): Map<string, unknown> | undefined {
    if (typeof options !== "object" || options === null || Array.isArray(options)) {
      this.problems.push(`${this.kind} expects an options object such as { default: … }; got ${describeThrown(options)}`);
      return undefined;
    }
    const valid = PARAM_KINDS[this.kind].options;
    const entries = new Map<string, unknown>();
    for (const key of Object.keys(options)) {
      if (!valid.includes(key)) {
        const suggestion = closestName(key, valid);
        const hint = suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
        this.problems.push(`unknown option "${key}"${hint}; ${this.kind} accepts ${valid.join(", ")}`);
        continue;
      }
      entries.set(key, (options as Record<string, unknown>)[key]);
    }
    return entries;
  }

  private readConstraints(entries: Map<string, unknown>): void {
    const type = this.constraints.type;
    if (type === "float" || type === "int") this.readRange(entries);
    if (type === "string") this.readStringConstraints(entries);
    if (type === "choice") this.readChoices(entries);
  }

  private readRange(entries: Map<string, unknown>): void {
    for (const key of ["min", "max", "step"] as const) {
      if (!entries.has(key)) continue;
      const value = entries.get(key);
      if (typeof value !== "number" || !Number.isFinite(value)) this.broken(`option "${key}" must be a finite number; got ${describeThrown(value)}`);
      else if (key === "step" && value <= 0) this.broken(`option "step" must be greater than 0; got ${showValue(value)}`);
      else this.constraints[key] = normalise(value) as number;
    }
    const { min, max } = this.constraints;
    if (min !== undefined && max !== undefined && min > max) this.broken(`min (${min}) is greater than max (${max})`);
  }

  private readStringConstraints(entries: Map<string, unknown>): void {
    if (entries.has("maxLength")) {
      const maxLength = entries.get("maxLength");
      if (typeof maxLength === "number" && Number.isSafeInteger(maxLength) && maxLength >= 0) this.constraints.maxLength = maxLength;
      else this.broken(`option "maxLength" must be a whole number of characters (0 or more); got ${describeThrown(maxLength)}`);
    }
    const pattern = this.readString(entries, "pattern");
    if (pattern === undefined) return;
    // The length first, so an oversized pattern is never compiled; the safe subset needs valid syntax.
    const tooLong = pattern.length > MAX_PATTERN_LENGTH ? patternProblem(pattern) : undefined;
    if (tooLong !== undefined) return this.broken(`option "pattern" ${tooLong}`);
    try {
      anchoredPattern(pattern);
    } catch (error) {
      noteStackOverflow(error);
      return this.broken(`option "pattern" is not a valid regular expression: ${describeThrown(error)}`);
    }
    const unsafe = patternProblem(pattern);
    if (unsafe !== undefined) return this.broken(`option "pattern" ${unsafe} (patterns run in visitors' browsers, so they must be safe to run on any text)`);
    this.constraints.pattern = pattern;
  }

  private readChoices(entries: Map<string, unknown>): void {
    const choices = entries.get("choices");
    const usage = `ChoiceParam needs "choices": a non-empty list of strings or numbers, e.g. choices: ["M3", "M4"]`;
    if (!entries.has("choices")) return this.broken(usage);
    if (!Array.isArray(choices) || isProxy(choices) || choices.length === 0) return this.broken(`${usage}; got ${describeThrown(choices)}`);
    if (choices.length > DESCRIPTION_LIMITS.choices) {
      this.oversize = { option: "choices", entries: choices.length, limit: DESCRIPTION_LIMITS.choices };
      this.constraintsBroken = true;
      return;
    }
    const list: (string | number)[] = [];
    for (const choice of Array.from(choices as unknown[])) {
      const valid = typeof choice === "string" || (typeof choice === "number" && Number.isFinite(choice));
      if (!valid) return this.broken(`each choice must be a string or a finite number; got ${describeThrown(choice)}`);
      const normalised = normalise(choice) as string | number;
      if (list.includes(normalised)) return this.broken(`choice ${showValue(choice)} is listed twice`);
      list.push(normalised);
    }
    this.constraints.choices = Object.freeze(list);
  }

  /** `default` and `presets`: the one required value, then every named preset. */
  private readValues(entries: Map<string, unknown>): void {
    const presets = this.presetEntries(entries);
    let hasDefault = presets.has(DEFAULT_PRESET);
    let defaultValue = presets.get(DEFAULT_PRESET);
    if (entries.has("default")) {
      const value = entries.get("default");
      if (hasDefault && !Object.is(normalise(value), normalise(defaultValue))) {
        this.problems.push(`"default" (${describeThrown(value)}) and presets.default (${describeThrown(defaultValue)}) disagree; give only one`);
      }
      hasDefault = true;
      defaultValue = value;
    }
    if (hasDefault) this.readPresetValue(DEFAULT_PRESET, defaultValue);
    else this.problems.push(`no default value: add "default: …" to ${this.kind}({ … })`);
    for (const [name, value] of presets) if (name !== DEFAULT_PRESET) this.readPresetValue(name, value);
  }

  private presetEntries(entries: Map<string, unknown>): Map<string, unknown> {
    const declared = new Map<string, unknown>();
    if (!entries.has("presets")) return declared;
    const presets = entries.get("presets");
    if (typeof presets !== "object" || presets === null || Array.isArray(presets) || isProxy(presets)) {
      this.problems.push(`option "presets" must be an object of preset name → value, e.g. presets: { small: 10 }; got ${describeThrown(presets)}`);
      return declared;
    }
    const names = Object.keys(presets);
    if (names.length > DESCRIPTION_LIMITS.presets) {
      this.oversize = { option: "presets", entries: names.length, limit: DESCRIPTION_LIMITS.presets };
      return declared;
    }
    for (const name of names) declared.set(name, (presets as Record<string, unknown>)[name]);
    return declared;
  }

  private readPresetValue(name: string, raw: unknown): void {
    const value = normalise(raw);
    const label = name === DEFAULT_PRESET ? "default" : `preset "${name}"`;
    if (name.trim() === "") return void this.problems.push(`preset names must not be empty`);
    if (this.constraintsBroken) return;
    const problem = valueProblem(this.constraints, value);
    if (problem !== undefined) return void this.problems.push(`${label} ${problem}`);
    setOwn(this.presets, name, value as ParamValue);
    if (name === DEFAULT_PRESET) this.defaultValue = value as ParamValue;
  }

  private readString(entries: Map<string, unknown>, key: string): string | undefined {
    if (!entries.has(key)) return undefined;
    const value = entries.get(key);
    if (typeof value === "string") return value;
    this.problems.push(`option "${key}" must be a string; got ${describeThrown(value)}`);
    return undefined;
  }

  private broken(problem: string): void {
    this.problems.push(problem);
    this.constraintsBroken = true;
  }
}

/** -0 becomes 0, so that equal declarations publish equal values. */
function normalise(value: unknown): unknown {
  return value === 0 ? 0 : value;
}
