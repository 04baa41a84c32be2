import { isNativeError, isProxy } from "node:util/types";
import { isErrorCode, PartforgeError } from "../shared/errors.ts";
import { noteStackOverflow } from "../shared/stackOverflow.ts";
import { showValue } from "./values.ts";

const MAX_MESSAGE_CHARACTERS = 2000;

/**
 * A description of anything a script may throw, safe against hostile values: it never calls
 * script code that could throw (no `toString`, no Proxy traps, no JSON of objects).
 * @example describeThrown("oops") // → "\"oops\""
 */
export function describeThrown(value: unknown): string {
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return isProxy(value) ? "a Proxy" : "a function";
  if (typeof value !== "object" || value === null) return showValue(value);
  if (isProxy(value)) return "a Proxy";
  if (isNativeError(value)) return errorText(value);
  return showValue(value);
}

/** True for a real `Error` (any subclass) that is not a Proxy. */
export function isRealError(value: unknown): value is Error {
  return typeof value === "object" && value !== null && !isProxy(value) && isNativeError(value);
}

/** `TypeError: message` (just `message` for a plain `Error`), read without trusting the object. */
export function errorText(error: Error): string {
  const name = readString(() => error.name) ?? "Error";
  const message = readString(() => error.message) ?? "";
  const text = name === "Error" || message === "" ? message || name : `${name}: ${message}`;
  return text.length > MAX_MESSAGE_CHARACTERS ? `${text.slice(0, MAX_MESSAGE_CHARACTERS)}…` : text;
}

/**
 * The `PartforgeError` a thrown value is, when it really is one (made by partforge's own code,
 * with a catalogued code); undefined for anything else, including forgeries and Proxies.
 */
export function asPartforgeError(value: unknown): PartforgeError | undefined {
  if (typeof value !== "object" || value === null || isProxy(value)) return undefined;
  try {
    if (!(value instanceof PartforgeError) || !isNativeError(value)) return undefined;
    return isErrorCode(value.code) && typeof value.message === "string" ? value : undefined;
  } catch (error) {
    noteStackOverflow(error);
    return undefined;
  }
}

/**
 * The `stack` string of a thrown value, when it has a readable one. Under SES lockdown with
 * `errorTaming: "safe"`, `error.stack` is "" everywhere (so scripts cannot read host frames)
 * and only the start compartment's `getStackString` reveals the frames.
 */
export function stackOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || isProxy(value)) return undefined;
  const privileged = (globalThis as { getStackString?: unknown }).getStackString;
  if (typeof privileged === "function") return readString(() => privileged(value));
  return readString(() => (value as { stack?: unknown }).stack);
}

function readString(read: () => unknown): string | undefined {
  try {
    const value = read();
    return typeof value === "string" ? value : undefined;
  } catch (error) {
    noteStackOverflow(error);
    return undefined;
  }
}
