import { isProxy } from "node:util/types";
import { closestName } from "../shared/closest.ts";
import { PartforgeError } from "../shared/errors.ts";
import {
  getOwn,
  setOwn,
  type ParamConstraints,
  type ParamSchema,
  type ParamValue,
  type ValueSchema,
} from "./schema.ts";

/** A parameter value as a request carries it: a string over HTTP, or a JSON scalar. */
export type RequestValue = string | number | boolean;

/** What a build request asks for: an optional preset, then explicit values by parameter name. */
export interface ValueRequest {
  /** Applied first; `undefined` or `""` means no preset (each parameter keeps its default). */
  preset?: string | undefined;
  values: Readonly<Record<string, RequestValue>>;
}

// Decimal or exponent notation only: no whitespace, hex, separators, NaN or Infinity.
const FLOAT_SYNTAX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// Plain digits only: "1e2" and "3.0" are not integers as written (as Python's int() in CadQuery).
const INT_SYNTAX = /^[+-]?\d+$/;
const TRUE_WORDS = new Set(["true", "1", "yes", "on"]);
const FALSE_WORDS = new Set(["false", "0", "no", "off"]);
const SHOWN_CHARACTERS = 60;

/**
 * Resolves a request to one typed value per parameter (SPEC section 2): start from the
 * defaults, apply the preset, then the explicit values, converting each to its datatype and
 * checking its constraints. The result has every parameter, in schema order.
 *
 * Datatypes: a float is decimal or exponent notation (`"1e2"`, `".5"`, `"+3"`; no whitespace,
 * hex, `NaN`, `Infinity`, `,` or `_`); an int is plain digits with an optional sign (`"1e2"`
 * and `"3.0"` are refused, as CadQuery's `int()` refused them); `-0` becomes `0`. A boolean is
 * `true/false/1/0/yes/no/on/off` in any case (a JSON boolean, or the JSON numbers 1 and 0). A
 * choice is one of its choices, a number choice matched by numeric value. A string parameter
 * takes JSON numbers and booleans as their text. `step` is a UI hint and is not enforced.
 *
 * @throws PartforgeError UNKNOWN_PRESET (valid names in `details.presets`), UNKNOWN_PARAM
 *   (closest name in `details.suggestion`) or PARAM_INVALID (with `param`).
 * @example resolveValues(schema, { preset: "short", values: { p_holes: "4" } })
 */
export function resolveValues(schema: ValueSchema, request: ValueRequest): Record<string, ParamValue> {
  const resolved: Record<string, ParamValue> = {};
  for (const parameter of schema.parameters) setOwn(resolved, parameter.name, parameter.default);
  if (request.preset !== undefined && request.preset !== "") {
    for (const [name, value] of Object.entries(presetValues(schema, request.preset))) {
      if (Object.hasOwn(resolved, name)) setOwn(resolved, name, value);
    }
  }
  const byName = new Map(schema.parameters.map((parameter) => [parameter.name, parameter]));
  for (const [name, raw] of Object.entries(request.values)) {
    const parameter = byName.get(name);
    if (parameter === undefined) throw unknownParameter(name, [...byName.keys()]);
    setOwn(resolved, name, coerceValue(parameter, raw));
  }
  return resolved;
}

/**
 * Completes already-typed values (as `resolveValues` returns) with the defaults and checks
 * them again, so a build never runs with a value its parameter forbids.
 * @throws PartforgeError UNKNOWN_PARAM or PARAM_INVALID.
 */
export function completeValues(
  parameters: readonly ParamSchema[],
  values: Readonly<Record<string, ParamValue>>,
): Record<string, ParamValue> {
  const byName = new Map(parameters.map((parameter) => [parameter.name, parameter]));
  for (const [name, value] of Object.entries(values)) {
    const parameter = byName.get(name);
    if (parameter === undefined) throw unknownParameter(name, [...byName.keys()]);
    const problem = valueProblem(parameter, value);
    if (problem !== undefined) throw new PartforgeError("PARAM_INVALID", `${name} ${problem}`, { param: name });
  }
  const complete: Record<string, ParamValue> = {};
  for (const { name, default: fallback } of parameters) setOwn(complete, name, getOwn(values, name) ?? fallback);
  return complete;
}

/** The full value set of preset `name`, or UNKNOWN_PRESET listing the valid ones. */
function presetValues(schema: ValueSchema, name: string): Readonly<Record<string, ParamValue>> {
  const preset = getOwn(schema.presets, name);
  if (preset !== undefined) return preset;
  const valid = Object.keys(schema.presets);
  const suggestion = closestName(name, valid);
  const hint = suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
  throw new PartforgeError("UNKNOWN_PRESET", `unknown preset ${JSON.stringify(name)}${hint}; valid presets: ${valid.join(", ")}`, {
    details: { presets: valid, ...(suggestion === undefined ? {} : { suggestion }) },
  });
}

function unknownParameter(name: string, known: string[]): PartforgeError {
  const suggestion = closestName(name, known);
  const hint =
    suggestion !== undefined
      ? ` (did you mean "${suggestion}"?)`
      : known.length > 0
        ? `; this model's parameters are ${known.join(", ")}`
        : "; this model has no parameters";
  return new PartforgeError("UNKNOWN_PARAM", `unknown parameter ${JSON.stringify(name)}${hint}`, {
    param: name,
    details: { parameters: known, ...(suggestion === undefined ? {} : { suggestion }) },
  });
}

/**
 * Converts one request value to `parameter`'s datatype and checks its constraints.
 * @throws PartforgeError PARAM_INVALID naming the parameter, what was received and what is expected.
 */
export function coerceValue(parameter: ParamSchema, raw: RequestValue): ParamValue {
  const value = convert(parameter, raw);
  const problem = value !== undefined && isValid(parameter, value) ? undefined : mismatch(parameter, raw);
  if (problem !== undefined) {
    throw new PartforgeError("PARAM_INVALID", `${parameter.name} ${problem}`, { param: parameter.name });
  }
  return value!;
}

/** The typed value `raw` stands for, or undefined when it is not of the parameter's datatype. */
function convert(constraints: ParamConstraints, raw: unknown): ParamValue | undefined {
  switch (constraints.type) {
    case "float":
      return toNumber(raw, FLOAT_SYNTAX);
    case "int": {
      const value = toNumber(raw, INT_SYNTAX);
      return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
    }
    case "boolean":
      return toBoolean(raw);
    case "string":
      return typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? String(raw) : undefined;
    case "choice":
      return toChoice(constraints.choices ?? [], raw);
  }
}

function toNumber(raw: unknown, syntax: RegExp): number | undefined {
  let value: number;
  if (typeof raw === "number") value = raw;
  else if (typeof raw === "string" && syntax.test(raw)) value = Number(raw);
  else return undefined;
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value; // -0 becomes 0: equal requests must give equal values
}

function toBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === "boolean") return raw;
  if (typeof raw !== "string" && typeof raw !== "number") return undefined;
  const word = String(raw).toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** The choice `raw` names: a string choice by exact text, a number choice by numeric value. */
function toChoice(choices: readonly (string | number)[], raw: unknown): ParamValue | undefined {
  if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return undefined;
  const text = String(raw);
  const byText = choices.find((choice) => typeof choice === "string" && choice === text);
  if (byText !== undefined) return byText;
  const number = toNumber(raw, FLOAT_SYNTAX);
  return number === undefined ? undefined : choices.find((choice) => choice === number);
}

/**
 * Why a typed value breaks the constraints (`"must be … ; got …"`), or undefined when it is
 * valid. Used both for request values and for the defaults and presets a script declares.
 */
export function valueProblem(constraints: ParamConstraints, value: unknown): string | undefined {
  return isValid(constraints, value) ? undefined : mismatch(constraints, value);
}

function isValid(constraints: ParamConstraints, value: unknown): boolean {
  switch (constraints.type) {
    case "float":
    case "int": {
      if (typeof value !== "number" || !Number.isFinite(value)) return false;
      if (constraints.type === "int" && !Number.isSafeInteger(value)) return false;
      return !(constraints.min !== undefined && value < constraints.min) && !(constraints.max !== undefined && value > constraints.max);
    }
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string" && stringFits(constraints, value);
    case "choice":
      return (constraints.choices ?? []).some((choice) => choice === value);
  }
}

function stringFits(constraints: ParamConstraints, value: string): boolean {
  if (constraints.maxLength !== undefined && codePointLength(value) > constraints.maxLength) return false;
  return constraints.pattern === undefined || anchoredPattern(constraints.pattern).test(value);
}

/** `pattern` compiled so that it must match the whole value (as HTML's `pattern` attribute). */
export function anchoredPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}

function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

function mismatch(constraints: ParamConstraints, received: unknown): string {
  const hint =
    constraints.type === "int" && typeof received === "string" && FLOAT_SYNTAX.test(received) && !INT_SYNTAX.test(received)
      ? " (integers are written in plain digits, without a decimal point or exponent)"
      : "";
  return `must be ${expectation(constraints)}; got ${showValue(received)}${hint}`;
}

/** What a valid value looks like, e.g. `a number between 30 and 200`. */
export function expectation(constraints: ParamConstraints): string {
  switch (constraints.type) {
    case "float":
      return `a number${rangeText(constraints)}`;
    case "int":
      return `an integer${rangeText(constraints)}`;
    case "boolean":
      return "true or false (or 1/0, yes/no, on/off)";
    case "choice":
      return `one of ${(constraints.choices ?? []).map((choice) => showValue(choice)).join(", ")}`;
    case "string": {
      const length = constraints.maxLength === undefined ? "" : ` of at most ${constraints.maxLength} characters`;
      const pattern = constraints.pattern === undefined ? "" : ` matching the pattern ${constraints.pattern}`;
      return `a string${length}${pattern}`;
    }
  }
}

function rangeText({ min, max }: ParamConstraints): string {
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return "";
}

/** A short, safe rendering of a received value for messages (strings quoted and truncated). */
export function showValue(value: unknown): string {
  if (typeof value === "string") {
    const shown = [...value];
    if (shown.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
    return `${JSON.stringify(shown.slice(0, SHOWN_CHARACTERS).join(""))}… (${shown.length} characters)`;
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === undefined || value === null) return String(value);
  if (isProxy(value)) return "a Proxy";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
