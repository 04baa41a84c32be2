/**
 * The byte layout of an entry in a shared tier, checked end to end so that a partial upload, a
 * truncated file or a flipped bit is never served: `PFC1`, a 4-byte big-endian header length,
 * the JSON header `{ key, byteLength, meta }`, the bytes, and a SHA-256 of everything before it.
 * The header names its key, so an object copied or renamed onto another key is refused too.
 */
import { createHash } from "node:crypto";
import type { TierEntry } from "./cacheTier.ts";

const MAGIC = Buffer.from("PFC1", "ascii");
const LENGTH_BYTES = 4;
const DIGEST_BYTES = 32;

interface Header<M> {
  key: string;
  byteLength: number;
  meta: M;
}

/** The stored form of `entry` under `key`. */
export function sealEntry<M>(key: string, entry: TierEntry<M>): Buffer {
  const header = Buffer.from(JSON.stringify({ key, byteLength: entry.bytes.byteLength, meta: entry.meta } satisfies Header<M>), "utf8");
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(header.length);
  const body = Buffer.concat([MAGIC, length, header, entry.bytes]);
  return Buffer.concat([body, createHash("sha256").update(body).digest()]);
}

/** The entry stored in `data` under `key`, or undefined when `data` is damaged, partial or another key's. */
export function openEntry<M>(key: string, data: Uint8Array): TierEntry<M> | undefined {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buffer.length < MAGIC.length + LENGTH_BYTES + DIGEST_BYTES || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const body = buffer.subarray(0, buffer.length - DIGEST_BYTES);
  if (!createHash("sha256").update(body).digest().equals(buffer.subarray(body.length))) return undefined;
  const headerLength = body.readUInt32BE(MAGIC.length);
  const headerStart = MAGIC.length + LENGTH_BYTES;
  if (headerStart + headerLength > body.length) return undefined;
  let header: Header<M>;
  try {
    header = JSON.parse(body.subarray(headerStart, headerStart + headerLength).toString("utf8")) as Header<M>;
  } catch {
    return undefined;
  }
  const bytes = body.subarray(headerStart + headerLength);
  if (header.key !== key || header.byteLength !== bytes.length) return undefined;
  return { bytes: new Uint8Array(bytes), meta: header.meta };
}
