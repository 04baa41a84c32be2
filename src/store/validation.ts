/**
 * Input checks shared by every store: each turns bad input into a `USAGE` error that names
 * the offending field, so callers never reach the database with it.
 */
import { PartforgeError } from "../shared/errors.ts";
import type { ComputeKind, Plan, ScriptLanguage, Visibility } from "./store.ts";

export const DEFAULT_MONTHLY_QUOTA = 100;
export const MIN_PASSWORD_LENGTH = 8;
/** Beyond this a password is a denial-of-service attempt on the KDF, not a password. */
export const MAX_PASSWORD_LENGTH = 1024;
export const MAX_NAME_LENGTH = 200;
/** API keys an account may have at once, disabled ones included: delete one to make another. */
export const MAX_API_KEYS_PER_ACCOUNT = 20;

/** Downloads one `chargeDownloads` call may charge together (a batch's files). */
export const MAX_CHARGES_AT_ONCE = 1000;
const MAX_OUTCOME_LENGTH = 32;
const MAX_CLIENT_ADDRESS_LENGTH = 64;
const MAX_EMAIL_LENGTH = 254;
/** The largest 32-bit integer, what an `integer` column holds. */
const MAX_INT32 = 2_147_483_647;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

function usage(param: string, message: string): PartforgeError {
  return new PartforgeError("USAGE", message, { param });
}

/** Trimmed, NFC, lower case: two spellings of one address are one account. */
export function normaliseEmail(email: unknown): string {
  if (typeof email !== "string") throw usage("email", "email must be a string");
  const normalised = email.trim().normalize("NFC").toLowerCase();
  if (normalised.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(normalised)) {
    throw usage("email", `"${email.slice(0, 80)}" is not a valid email address`);
  }
  return normalised;
}

export function checkPassword(password: unknown): string {
  if (typeof password !== "string" || password.length === 0) throw usage("password", "password must not be empty");
  if (password.length < MIN_PASSWORD_LENGTH) throw usage("password", `password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) throw usage("password", `password must be at most ${MAX_PASSWORD_LENGTH} characters`);
  return password;
}

export function checkPlan(plan: unknown): Plan {
  if (plan !== "evaluation" && plan !== "enterprise") throw usage("plan", `plan must be "evaluation" or "enterprise", not ${JSON.stringify(plan)}`);
  return plan;
}

/** The stored quota of a plan: a whole number for `evaluation`, `null` (unlimited) for `enterprise`. */
export function quotaForPlan(plan: Plan, quota: unknown): number | null {
  if (plan === "enterprise") {
    if (quota !== undefined && quota !== null) throw usage("quota", "an enterprise plan is unlimited and takes no quota");
    return null;
  }
  if (quota === undefined) return DEFAULT_MONTHLY_QUOTA;
  if (typeof quota !== "number" || !Number.isInteger(quota) || quota < 0 || quota > MAX_INT32) {
    throw usage("quota", `quota must be a whole number from 0 to ${MAX_INT32}`);
  }
  return quota;
}

export function checkVisibility(visibility: unknown): Visibility {
  if (visibility !== "public" && visibility !== "private") throw usage("visibility", `visibility must be "public" or "private"`);
  return visibility;
}

export function checkLanguage(language: unknown): ScriptLanguage {
  if (language !== "ts" && language !== "js" && language !== "py") throw usage("language", `language must be "ts", "js" or "py", not ${JSON.stringify(language)}`);
  return language;
}

export const MIN_DISPLAY_NAME_LENGTH = 2;
export const MAX_DISPLAY_NAME_LENGTH = 40;
const DISPLAY_NAME_PATTERN = /^[\p{L}\p{M}\p{N} ._-]+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * An account's public name, the author shown on its models: trimmed, inner runs of spaces made
 * one, NFC; 2–40 characters of letters, digits, spaces and `-_.`, at least one letter or digit.
 */
export function checkDisplayName(name: unknown): string {
  if (typeof name !== "string") throw usage("displayName", "the display name must be a string");
  const cleaned = name.normalize("NFC").trim().replace(/\s+/gu, " ");
  const length = [...cleaned].length;
  if (length < MIN_DISPLAY_NAME_LENGTH || length > MAX_DISPLAY_NAME_LENGTH) {
    throw usage("displayName", `the display name must be ${MIN_DISPLAY_NAME_LENGTH} to ${MAX_DISPLAY_NAME_LENGTH} characters (it has ${length})`);
  }
  if (!DISPLAY_NAME_PATTERN.test(cleaned) || !LETTER_OR_DIGIT.test(cleaned)) {
    throw usage("displayName", "the display name may hold only letters, digits, spaces, hyphens, underscores and dots, with at least one letter or digit");
  }
  return cleaned;
}

/** What display names are unique by: two names differing only in case are one name. */
export function displayNameKey(name: string): string {
  return name.toLowerCase();
}

/**
 * The default public name of an account that chose none, from its id (never its email):
 * `maker-` and the id's first 8 hex digits, more of them on the rare collision (`attempt` 1, 2).
 */
export function defaultDisplayName(accountId: string, attempt = 0): string {
  const hex = accountId.replace(/-/g, "").toLowerCase();
  return `maker-${hex.slice(0, [8, 12, 32][Math.min(attempt, 2)])}`;
}

/** A display name: trimmed, non-empty, at most `MAX_NAME_LENGTH` characters. */
export function checkName(name: unknown, param = "name"): string {
  const trimmed = typeof name === "string" ? name.trim() : "";
  if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) throw usage(param, `${param} must be 1 to ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

export function checkScript(script: unknown): string {
  if (typeof script !== "string" || script.trim().length === 0) throw usage("script", "script must be a non-empty string");
  return script;
}

/** JSON text of the schema; rejects what JSON cannot hold (e.g. `undefined`, cycles, BigInt). */
export function schemaJson(schema: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(schema);
  } catch (error) {
    throw new PartforgeError("USAGE", "schema is not JSON-serialisable", { param: "schema", cause: error });
  }
  if (text === undefined) throw usage("schema", "schema is not JSON-serialisable");
  return text;
}

/** A non-empty identifier string (account, key): anything else cannot match a row. */
export function checkId(id: unknown, param: string): string {
  if (typeof id !== "string" || id.length === 0 || id.length > 100) throw usage(param, `${param} must be a non-empty id`);
  return id;
}

export function checkDate(at: unknown, param: string): Date {
  if (at === undefined) return new Date();
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw usage(param, `${param} must be a valid Date`);
  return at;
}

/** A whole, non-negative number not above `max`. */
export function checkCount(value: unknown, param: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw usage(param, `${param} must be a whole number from 0 to ${max}`);
  }
  return value;
}

/** A finite, non-negative duration below 2^31 ms, rounded to a whole millisecond. */
export function checkMilliseconds(value: unknown, param: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > MAX_INT32) {
    throw usage(param, `${param} must be a number of milliseconds from 0 to ${MAX_INT32}`);
  }
  return Math.round(value);
}

/** A compute kind: what a slot ran for. */
export function checkComputeKind(kind: unknown): ComputeKind {
  if (kind !== "build" && kind !== "describe" && kind !== "preview") throw usage("kind", `kind must be "build", "describe" or "preview"`);
  return kind;
}

/** `ok` or an error code. */
export function checkOutcome(outcome: unknown): string {
  if (typeof outcome !== "string" || outcome.length === 0 || outcome.length > MAX_OUTCOME_LENGTH) {
    throw usage("outcome", `outcome must be "ok" or an error code of at most ${MAX_OUTCOME_LENGTH} characters`);
  }
  return outcome;
}

/** A client address (IPv4 or IPv6 text, as the HTTP layer saw it). */
export function checkClientAddress(address: unknown): string {
  if (typeof address !== "string" || address.length === 0 || address.length > MAX_CLIENT_ADDRESS_LENGTH) {
    throw usage("clientAddress", `clientAddress must be a client address of 1 to ${MAX_CLIENT_ADDRESS_LENGTH} characters`);
  }
  return address;
}
