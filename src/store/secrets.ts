/**
 * Random secrets (session tokens, API keys) and their stored form. A secret with 256 bits of
 * entropy needs no slow KDF: its SHA-256 is stored, and the secret itself never is.
 */
import { hash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

const LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
const API_KEY_PATTERN = /^(pf_[a-z0-9]{8})_[A-Za-z0-9_-]{43}$/;

/** `length` characters drawn uniformly from a–z and 0–9. */
export function randomLowerAlphanumeric(length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += LOWER_ALPHANUMERIC[randomInt(LOWER_ALPHANUMERIC.length)];
  return text;
}

/** 32 random bytes as base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Lower-case hex SHA-256 of a UTF-8 string. One `crypto.hash`, not a Hash object: every API key
 * request hashes its key (the same digest as `createHash(…).update(…).digest("hex")`).
 */
export function sha256Hex(text: string): string {
  return hash("sha256", text, "hex");
}

/** Whether two hex digests are equal, in time independent of where they differ. */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A new API key secret `pf_<8 a–z0–9>_<43 base64url>` and its visible prefix `pf_<8 a–z0–9>`.
 * @example newApiKeySecret() // { secret: "pf_k3x9q2ma_Zr…", prefix: "pf_k3x9q2ma" }
 */
export function newApiKeySecret(): { secret: string; prefix: string } {
  const prefix = `pf_${randomLowerAlphanumeric(8)}`;
  return { secret: `${prefix}_${randomToken()}`, prefix };
}

/** The visible prefix of a well-formed API key secret, else `undefined`. */
export function apiKeyPrefix(secret: string): string | undefined {
  return API_KEY_PATTERN.exec(secret)?.[1];
}
