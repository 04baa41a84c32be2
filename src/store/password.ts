/**
 * Password hashing with scrypt (Node's built-in), stored as a self-describing, versioned
 * PHC-style string so parameters can be raised later without breaking old hashes:
 *
 *   $scrypt$v=1$ln=16,r=8,p=2$<salt, base64url>$<derived key, base64url>
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  log2N: number;
  blockSize: number;
  parallelization: number;
}

/** OWASP's scrypt setting N=2^16, r=8, p=2 (64 MiB per hash). */
export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = { log2N: 16, blockSize: 8, parallelization: 2 };

const VERSION = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Upper bounds on stored parameters, so a tampered hash cannot make a login exhaust memory. */
const MAX_LOG2N = 20;
const MAX_BLOCK_SIZE = 32;
const MAX_PARALLELIZATION = 16;
const HASH_PATTERN = /^\$scrypt\$v=(\d+)\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function derive(password: string, salt: Buffer, params: ScryptParams, keyBytes: number): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** params.log2N,
    r: params.blockSize,
    p: params.parallelization,
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is too low for N=2^16.
    maxmem: 256 * 2 ** params.log2N * params.blockSize,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function checkParams(params: ScryptParams): boolean {
  return (
    Number.isInteger(params.log2N) && params.log2N >= 1 && params.log2N <= MAX_LOG2N &&
    Number.isInteger(params.blockSize) && params.blockSize >= 1 && params.blockSize <= MAX_BLOCK_SIZE &&
    Number.isInteger(params.parallelization) && params.parallelization >= 1 && params.parallelization <= MAX_PARALLELIZATION
  );
}

/** A new hash of `password` with a fresh random salt. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  if (!checkParams(params)) throw new RangeError(`invalid scrypt parameters ${JSON.stringify(params)}`);
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  const settings = `ln=${params.log2N},r=${params.blockSize},p=${params.parallelization}`;
  return `$scrypt$v=${VERSION}$${settings}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

/** The parameters a stored hash was made with, or `undefined` when it is not one of ours. */
export function parsePasswordHash(hash: string): { params: ScryptParams; salt: Buffer; key: Buffer } | undefined {
  const match = HASH_PATTERN.exec(hash);
  if (match === null || Number(match[1]) !== VERSION) return undefined;
  const params: ScryptParams = { log2N: Number(match[2]), blockSize: Number(match[3]), parallelization: Number(match[4]) };
  const salt = Buffer.from(match[5]!, "base64url");
  const key = Buffer.from(match[6]!, "base64url");
  if (!checkParams(params) || salt.length < 8 || key.length < 16) return undefined;
  return { params, salt, key };
}

/** Whether `password` matches `hash`, compared in constant time; `false` for a malformed hash. */
export async function verifyPasswordHash(password: string, hash: string): Promise<boolean> {
  const parsed = parsePasswordHash(hash);
  if (parsed === undefined) return false;
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}
