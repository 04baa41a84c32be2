/**
 * What the build cache asks of a store behind its memory: entries by content key (64 hex digits),
 * each a file's bytes and the JSON metadata that goes with them (media type, file name, the
 * model's description, …). The local disk (`DiskStore`), a shared directory (`SharedDirTier`)
 * and an S3-compatible bucket (`S3Tier`) implement it. A tier never serves what it cannot
 * vouch for: an entry that fails its integrity check is removed and reported as missing.
 */
export interface TierEntry<M> {
  bytes: Uint8Array;
  meta: M;
}

export interface CacheTier<M> {
  /** `disk` (this machine), `file` (a shared directory) or `s3`. */
  readonly kind: "disk" | "file" | "s3";
  /** Where it keeps entries, for logs: a path or `s3://bucket/prefix`. */
  readonly location: string;
  /** The entry, or undefined when absent or corrupt (a corrupt entry is deleted). Throws when the store is unreachable. */
  get(key: string): Promise<TierEntry<M> | undefined>;
  put(key: string, entry: TierEntry<M>): Promise<void>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Entries found corrupt (and deleted) since start. */
  readonly corruptEntries: number;
  close?(): Promise<void>;
}

/**
 * Cross-node mutual exclusion by name, for single flight: `acquire` answers a held lease, or
 * undefined when another owner holds a live one. A lease expires `ttlMs` after its last renewal,
 * so a node that dies mid-build holds nobody up for longer than that.
 */
export interface LeaseProvider {
  /** `file` (lock files in the shared directory) or `redis` (SET NX PX). */
  readonly kind: "file" | "redis";
  acquire(name: string, ttlMs: number): Promise<Lease | undefined>;
  close?(): Promise<void>;
}

export interface Lease {
  /** Extends the lease by its time to live; false when it was lost (expired and taken). */
  renew(): Promise<boolean>;
  /** Gives it up, if it is still this owner's. */
  release(): Promise<void>;
}

/** A tier every node shares and the leases that go with it (`openSharedCache`). */
export interface SharedCache<M> {
  tier: CacheTier<M>;
  /** Undefined when nothing can lock across nodes (S3 without Redis). */
  leases: LeaseProvider | undefined;
}

/** Content keys and lease names are SHA-256 hex digests: safe as file names and object keys. */
export const KEY_SHAPE = /^[0-9a-f]{64}$/;
