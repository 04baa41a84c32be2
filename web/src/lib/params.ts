/**
 * A model's parameter form as data, with no DOM: the schema `GET /api/models/:id` returns, the
 * values a visitor has typed (as text, exactly what goes over HTTP), checks that mirror the
 * service's (SPEC section 2), and the query string shared by the page URL, `/build` and `curl`.
 */
import { patternProblem } from "../../../src/shared/safePattern.ts";

export type ParamType = "float" | "int" | "boolean" | "string" | "choice";
export type ParamValue = number | boolean | string;

export interface ParamSchema {
  name: string;
  type: ParamType;
  default: ParamValue;
  min?: number;
  max?: number;
  step?: number;
  choices?: (string | number)[];
  maxLength?: number;
  pattern?: string;
  desc?: string;
  group: string;
}

export interface ModelSchema {
  metadata: { name: string; description?: string; license?: string; [field: string]: string | undefined };
  uom: string;
  version: string;
  parameters: ParamSchema[];
  groups: { name: string; parameters: string[] }[];
  presets: Record<string, Record<string, ParamValue>>;
}

/** A configuration: the preset applied first (`""` for none), then every parameter's text. */
export interface Configuration {
  preset: string;
  texts: Record<string, string>;
}

const FLOAT_SYNTAX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INT_SYNTAX = /^[+-]?\d+$/;
const TRUE_WORDS = ["true", "1", "yes", "on"];
const FALSE_WORDS = ["false", "0", "no", "off"];

export function valueText(value: ParamValue): string {
  return String(value);
}

/** The values preset `name` gives (the defaults for `""` or an unknown name), as text. */
export function presetTexts(schema: ModelSchema, name: string): Record<string, string> {
  const preset = Object.hasOwn(schema.presets, name) ? schema.presets[name]! : undefined;
  const texts: Record<string, string> = {};
  for (const parameter of schema.parameters) {
    const value = preset !== undefined && Object.hasOwn(preset, parameter.name) ? preset[parameter.name]! : parameter.default;
    texts[parameter.name] = valueText(value);
  }
  return texts;
}

function codePointLength(text: string): number {
  return [...text].length;
}

function parseBoolean(text: string): boolean | undefined {
  const word = text.toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return undefined;
}

/** Why `text` is not a valid value of `parameter` (a sentence for the form), or undefined when it is. */
export function checkValue(parameter: ParamSchema, text: string): string | undefined {
  switch (parameter.type) {
    case "float":
    case "int": {
      const syntax = parameter.type === "int" ? INT_SYNTAX : FLOAT_SYNTAX;
      const value = Number(text);
      if (text.trim() === "") return "Enter a number.";
      if (!syntax.test(text) || !Number.isFinite(value)) return parameter.type === "int" ? "Enter a whole number." : "Enter a number like 12 or 12.5.";
      if (parameter.min !== undefined && value < parameter.min) return `Must be at least ${parameter.min}.`;
      if (parameter.max !== undefined && value > parameter.max) return `Must be at most ${parameter.max}.`;
      return undefined;
    }
    case "boolean":
      return parseBoolean(text) === undefined ? "Must be true or false." : undefined;
    case "choice":
      return typedChoice(parameter, text) === undefined ? `Must be one of ${(parameter.choices ?? []).join(", ")}.` : undefined;
    case "string":
      if (parameter.maxLength !== undefined && codePointLength(text) > parameter.maxLength) return `At most ${parameter.maxLength} characters.`;
      if (!matchesPattern(parameter, text)) return `Must match the pattern ${parameter.pattern}.`;
      return undefined;
  }
}

/**
 * The parameter's pattern when the browser may run it — in the safe subset (`patternProblem`, the
 * rule the service applies when it describes a script) — else undefined. The pattern comes from the
 * model's author and the text from the URL, so any other pattern (one saved before the rule, or
 * an invalid one) is never run here, neither by `checkValue` nor as an input's `pattern`
 * attribute; the service judges it.
 */
export function runnablePattern(parameter: ParamSchema): string | undefined {
  return parameter.pattern !== undefined && patternProblem(parameter.pattern) === undefined ? parameter.pattern : undefined;
}

function matchesPattern(parameter: ParamSchema, text: string): boolean {
  const pattern = runnablePattern(parameter);
  if (pattern === undefined) return true;
  try {
    return new RegExp(`^(?:${pattern})$`, "u").test(text);
  } catch {
    return true;
  }
}

function typedChoice(parameter: ParamSchema, text: string): string | number | undefined {
  const choices = parameter.choices ?? [];
  const byText = choices.find((choice) => typeof choice === "string" && choice === text);
  if (byText !== undefined) return byText;
  if (!FLOAT_SYNTAX.test(text)) return undefined;
  return choices.find((choice) => choice === Number(text));
}

/** The typed value a valid `text` stands for (as the service converts it). */
export function typedValue(parameter: ParamSchema, text: string): ParamValue | undefined {
  if (checkValue(parameter, text) !== undefined) return undefined;
  switch (parameter.type) {
    case "float":
    case "int":
      return Number(text) === 0 ? 0 : Number(text);
    case "boolean":
      return parseBoolean(text);
    case "choice":
      return typedChoice(parameter, text);
    case "string":
      return text;
  }
}

/** Every invalid value of a configuration, by parameter name. */
export function problems(schema: ModelSchema, configuration: Configuration): Record<string, string> {
  const found: Record<string, string> = {};
  for (const parameter of schema.parameters) {
    const problem = checkValue(parameter, configuration.texts[parameter.name] ?? "");
    if (problem !== undefined) found[parameter.name] = problem;
  }
  return found;
}

/** The values that differ from what the preset gives — what the URL and requests carry besides the preset. */
export function overrides(schema: ModelSchema, configuration: Configuration): [string, string][] {
  const base = presetTexts(schema, configuration.preset);
  const changed: [string, string][] = [];
  for (const parameter of schema.parameters) {
    const text = configuration.texts[parameter.name] ?? base[parameter.name]!;
    const value = typedValue(parameter, text);
    const baseValue = typedValue(parameter, base[parameter.name]!);
    if (value === undefined || value !== baseValue) changed.push([parameter.name, text]);
  }
  return changed;
}

/** The shareable query: `preset` (unless none or `default`), then the changed values. */
export function configurationQuery(schema: ModelSchema, configuration: Configuration): URLSearchParams {
  const query = new URLSearchParams();
  if (configuration.preset !== "" && configuration.preset !== "default") query.set("preset", configuration.preset);
  for (const [name, text] of overrides(schema, configuration)) query.set(name, text);
  return query;
}

/** A configuration from a page URL's query; unknown names and presets are reported, not applied. */
export function configurationFromQuery(schema: ModelSchema, query: URLSearchParams): { configuration: Configuration; ignored: string[] } {
  const ignored: string[] = [];
  let preset = query.get("preset") ?? "";
  if (preset !== "" && !Object.hasOwn(schema.presets, preset)) {
    ignored.push(`preset=${preset}`);
    preset = "";
  }
  const texts = presetTexts(schema, preset);
  const names = new Set(schema.parameters.map((parameter) => parameter.name));
  for (const [name, text] of query) {
    if (name === "preset") continue;
    if (names.has(name)) texts[name] = text;
    else ignored.push(name);
  }
  return { configuration: { preset, texts }, ignored };
}

/** The `/build` query for a stored model in this configuration. */
export function buildQuery(modelId: string, schema: ModelSchema, configuration: Configuration, type: string): URLSearchParams {
  const query = new URLSearchParams({ id: modelId, type });
  for (const [name, value] of configurationQuery(schema, configuration)) query.set(name, value);
  return query;
}

function shellSingleQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The same build as `curl` lines for a program to use: GET with the key in the query, and POST
 * JSON with the key in a header. `$PARTFORGE_KEY` stands for the caller's API key.
 */
export function curlCommands(origin: string, modelId: string, schema: ModelSchema, configuration: Configuration, type: string, extension: string): { get: string; post: string } {
  const fileName = `${modelId}${extension}`;
  const query = buildQuery(modelId, schema, configuration, type);
  const getUrl = `${origin}/build?key=$PARTFORGE_KEY&${query.toString()}`;
  const fields = configurationQuery(schema, configuration);
  const body: Record<string, unknown> = { id: modelId, type };
  const preset = fields.get("preset");
  if (preset !== null) body.preset = preset;
  // JSON carries typed values (20.5, true), as a program would send them; invalid text stays as typed.
  const byName = new Map(schema.parameters.map((parameter) => [parameter.name, parameter]));
  const params: Record<string, ParamValue> = {};
  for (const [name, text] of fields) {
    if (name === "preset") continue;
    const parameter = byName.get(name);
    params[name] = (parameter === undefined ? undefined : typedValue(parameter, text)) ?? text;
  }
  if (Object.keys(params).length > 0) body.params = params;
  return {
    get: `curl -o ${fileName} "${getUrl.replace(/(["\\`])/g, "\\$1")}"`,
    post: `curl -o ${fileName} ${origin}/build -H "Authorization: Bearer $PARTFORGE_KEY" -H "Content-Type: application/json" -d ${shellSingleQuoted(JSON.stringify(body))}`,
  };
}

/** `text` as a plain number with no more decimals than `step` has (e.g. "3.055600000", step 0.001 → "3.056"). */
export function tidyNumber(text: string, step: string): string {
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  const decimals = step.includes(".") ? step.split(".")[1]!.length : /e-(\d+)$/i.test(step) ? Number(/e-(\d+)$/i.exec(step)![1]) : 0;
  return String(Number(value.toFixed(Math.min(decimals, 12))));
}

/** A parameter's label: its description, else its name without the `p_` prefix. */
export function parameterLabel(parameter: ParamSchema): string {
  if (parameter.desc !== undefined && parameter.desc !== "") return parameter.desc;
  const bare = parameter.name.replace(/^p_/, "").replace(/_/g, " ");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}
