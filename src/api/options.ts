/** Argument checks for the modelling API: a wrong call names the method and what was expected. */
import { PartforgeError } from "../shared/errors.ts";
import { closestName } from "../shared/closest.ts";
import { describeValue } from "./vector.ts";

function fail(method: string, message: string): never {
  throw new PartforgeError("SCRIPT_EXCEPTION", `${method}: ${message}`);
}

/**
 * Reads a trailing options object, refusing unknown keys (a typo must not be silently ignored).
 * @returns the options with defaults filled in
 */
export function readOptions<T extends Record<string, unknown>>(method: string, given: unknown, defaults: T): T {
  if (given === undefined) return { ...defaults };
  if (given === null || typeof given !== "object" || Array.isArray(given)) {
    fail(method, `expected an options object like { ${Object.keys(defaults).join(", ")} }; got ${describeValue(given)}`);
  }
  const allowed = Object.keys(defaults);
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    if (!allowed.includes(key)) {
      const suggestion = closestName(key, allowed);
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
      fail(method, `unknown option "${key}"${hint}; valid options are ${allowed.join(", ") || "none"}`);
    }
    if (value !== undefined) result[key] = value;
  }
  return result as T;
}

export function finiteNumber(method: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(method, `${name} must be a finite number; got ${describeValue(value)}`);
  }
  return value;
}

export function positiveNumber(method: string, name: string, value: unknown): number {
  const number = finiteNumber(method, name, value);
  if (number <= 0) fail(method, `${name} must be greater than 0; got ${number}`);
  return number;
}

export function nonZeroNumber(method: string, name: string, value: unknown): number {
  const number = finiteNumber(method, name, value);
  if (number === 0) fail(method, `${name} must not be 0`);
  return number;
}

export function positiveInteger(method: string, name: string, value: unknown): number {
  const number = finiteNumber(method, name, value);
  if (!Number.isInteger(number) || number < 1) fail(method, `${name} must be a whole number of at least 1; got ${number}`);
  return number;
}

export function booleanValue(method: string, name: string, value: unknown): boolean {
  if (typeof value !== "boolean") fail(method, `${name} must be true or false; got ${describeValue(value)}`);
  return value;
}

/** CadQuery's `centered`: one boolean for all axes, or one per axis. */
export function centeredFlags(method: string, value: unknown, axes: 2 | 3): boolean[] {
  if (typeof value === "boolean") return Array.from({ length: axes }, () => value);
  if (Array.isArray(value) && value.length === axes && value.every((v) => typeof v === "boolean")) return [...value];
  fail(method, `centered must be true, false or an array of ${axes} booleans; got ${describeValue(value)}`);
}

export function oneOf<T extends string>(method: string, name: string, value: unknown, choices: readonly T[]): T {
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
  fail(method, `${name} must be one of ${choices.map((c) => JSON.stringify(c)).join(", ")}; got ${describeValue(value)}`);
}

export function nonEmptyString(method: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value === "") fail(method, `${name} must be a non-empty string; got ${describeValue(value)}`);
  return value;
}

export { fail as apiError };
