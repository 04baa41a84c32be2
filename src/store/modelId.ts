/** Model ids: 7–9 random lowercase letters and digits, e.g. `4hskpb69`. */
import { randomLowerAlphanumeric } from "./secrets.ts";

export const MODEL_ID_PATTERN = /^[a-z0-9]{7,9}$/;

/**
 * A fresh candidate id. Eight characters give 36^8 ≈ 2.8·10^12 ids; the store retries on the
 * rare collision and moves to nine characters after a few, so creation never fails for lack of ids.
 */
export function randomModelId(attempt = 0): string {
  return randomLowerAlphanumeric(attempt < 3 ? 8 : 9);
}

export function isModelId(value: unknown): value is string {
  return typeof value === "string" && MODEL_ID_PATTERN.test(value);
}
