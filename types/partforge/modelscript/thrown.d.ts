import { PartforgeError } from "../shared/errors.ts";
/**
 * A description of anything a script may throw, safe against hostile values: it never calls
 * script code that could throw (no `toString`, no Proxy traps, no JSON of objects).
 * @example describeThrown("oops") // → "\"oops\""
 */
export declare function describeThrown(value: unknown): string;
/** True for a real `Error` (any subclass) that is not a Proxy. */
export declare function isRealError(value: unknown): value is Error;
/** `TypeError: message` (just `message` for a plain `Error`), read without trusting the object. */
export declare function errorText(error: Error): string;
/**
 * The `PartforgeError` a thrown value is, when it really is one (made by partforge's own code,
 * with a catalogued code); undefined for anything else, including forgeries and Proxies.
 */
export declare function asPartforgeError(value: unknown): PartforgeError | undefined;
/**
 * The `stack` string of a thrown value, when it has a readable one. Under SES lockdown with
 * `errorTaming: "safe"`, `error.stack` is "" everywhere (so scripts cannot read host frames)
 * and only the start compartment's `getStackString` reveals the frames.
 */
export declare function stackOf(value: unknown): string | undefined;
