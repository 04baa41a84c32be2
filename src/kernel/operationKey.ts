/**
 * Content keys of the operation memo: an operation's key is a digest of its kind, its arguments
 * in a canonical text and the keys of its input shapes (see `memoSession.ts`).
 */
import { hash } from "node:crypto";

/** The key of the `index`-th `kind` sub-shape of the shape keyed `parentKey` (exploration order is deterministic). */
export function subShapeKey(parentKey: string, kind: string, index: number): string {
  return operationKey(`sub:${kind}`, index, [parentKey]);
}

/**
 * A fixed-length digest of the operation's kind, canonical arguments and input keys. One
 * `crypto.hash` of the joined text: the same bytes as the `createHash(…).update(…)` chain it
 * replaces, so the same SHA-256 keys, without a Hash object per key (measured: about a third of
 * the memo's key cost on enclosure.ts was making Hash objects).
 */
export function operationKey(kind: string, args: unknown, inputKeys: readonly string[]): string {
  return hash("sha256", `${kind}\0${canonical(args)}\0${inputKeys.join(",")}`, "base64url");
}

/**
 * Arguments as text that differs whenever they differ: numbers exactly (`-0` and `0` apart),
 * object keys sorted, `undefined` distinct from absent-by-null. Shapes are never arguments (they
 * are inputs, by key); anything else is refused, so a new caller cannot key on something lossy.
 */
export function canonical(value: unknown): string {
  if (value === undefined) return "u";
  if (value === null) return "n";
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "t" : "f";
    case "object": {
      if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) throw new TypeError("memo keys take plain data only, not class instances");
      const record = value as Record<string, unknown>;
      return `{${Object.keys(record).sort().map((name) => `${JSON.stringify(name)}:${canonical(record[name])}`).join(",")}}`;
    }
    default:
      throw new TypeError(`memo keys take plain data only, not a ${typeof value}`);
  }
}
