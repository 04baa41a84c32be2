/**
 * The build cache: finished builds by content key, in a memory LRU bounded by bytes and, behind
 * it, one store — this machine's disk when given a data directory (so a restart keeps them), or a
 * tier every node shares (`--cache file://…|s3://…`, see `sharedCacheUrl.ts`); plus each script's
 * description by engine and script hash, so a repeated request can be keyed — and answered —
 * without a slot. Descriptions live in the same stores as the builds: every byte either holds is
 * counted against its budget, and they are evicted together.
 *
 * The store behind memory is an optimisation: when it fails (S3 or the share away), the failure
 * is logged and counted, lookups miss and builds go on; it is left alone for a few seconds before
 * being tried again, so an outage costs no request more than one failed call.
 */
import { hash } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { ExportFormat } from "../../exporters/index.ts";
import type { ModelDescription, ParamValue } from "../../modelscript/index.ts";
import type { CacheTier, Lease, LeaseProvider, SharedCache } from "./cacheTier.ts";
import { DiskStore } from "./diskStore.ts";
import { engineVersion } from "./engineVersion.ts";
import { ByteLru } from "./memoryLru.ts";
import { Outage, type CacheLog } from "./outage.ts";

/** How a write to the cache waits. */
export interface WriteOptions {
  /**
   * Settle once the entry is in memory and let the store write finish in the background (a reply
   * need not wait for the disk). Ignored while leases are in use. `flush()` and `close()` wait for it.
   */
  writeBehind?: boolean;
}

/** What a cached build remembers besides its bytes. */
export interface CachedBuildMeta {
  format: ExportFormat;
  mediaType: string;
  fileName: string;
  description: ModelDescription;
  values: Record<string, ParamValue>;
  /** How long the original build took, in milliseconds. */
  buildMs: number;
}

export interface CachedBuild {
  bytes: Uint8Array;
  meta: CachedBuildMeta;
}

export interface BuildCacheOptions {
  /** Data directory for the disk cache (`<dir>/builds`); memory only when absent. */
  dir?: string;
  /** Memory budget for cached builds and descriptions. Default 256 MiB. */
  memoryBytes?: number;
  /** Disk budget for cached builds and descriptions. Default 2 GiB. */
  diskBytes?: number;
  /** A tier every node shares, instead of the disk, and its leases for single flight across nodes (`openSharedCache`). */
  shared?: SharedCache<StoredMeta>;
  /** Where store failures and recoveries are reported. */
  log?: CacheLog;
}

export interface BuildCacheStats {
  /** The store behind memory: `memory` (none), `disk`, or the shared `file` or `s3` tier. */
  tier: "memory" | "disk" | "file" | "s3";
  memoryEntries: number;
  memoryBytes: number;
  memoryHits: number;
  diskHits: number;
  /** Hits in the shared tier (builds another node, or this one earlier, stored there). */
  sharedHits: number;
  misses: number;
  /** Calls to the store behind memory that failed (it was unreachable or refused). */
  storeErrors: number;
  /** Calls to the lease store that failed (the builds went on without single flight across nodes). */
  leaseErrors: number;
  /** Entries the store found damaged or partial (checksum), deleted and left to be rebuilt. */
  corruptEntries: number;
  /** Builds that waited for another node building the same thing (single flight across nodes). */
  leaseWaits: number;
}

/** What an entry in the store behind memory holds besides its bytes. */
export type StoredMeta = CachedBuildMeta | StoredDescription;

const MIB = 1024 * 1024;
/** How long a store that failed is left alone before the next call tries it again. */
const STORE_RETRY_MS = 5_000;
/** A lease's time to live; its holder renews it every third of that while it builds. */
export const LEASE_TTL_MS = 15_000;
const LEASE_POLL_MS = { first: 25, max: 500 };
/** Bounds on the store writes a cache lets run in the background before a writer waits (see `WriteOptions`). */
export const WRITE_BEHIND_BOUNDS = Object.freeze({ maxWrites: 16, maxBytes: 64 * MIB });
/** Bytes charged per memory entry on top of its data, for the key, the map and the objects. */
export const ENTRY_OVERHEAD_BYTES = 512;

/** A description on disk: an entry with no bytes whose header is the description. */
interface StoredDescription {
  kind: "description";
  description: ModelDescription;
}

type MemoryEntry = { build: CachedBuild; size: number } | { description: ModelDescription; size: number };

/**
 * What a memory entry holds, in bytes: its output, its metadata (description included) as the
 * UTF-8 JSON the disk store writes, and `ENTRY_OVERHEAD_BYTES`.
 */
export function heldBytes(entry: CachedBuild | ModelDescription): number {
  if ("bytes" in entry && entry.bytes instanceof Uint8Array) return entry.bytes.byteLength + jsonBytes(entry.meta) + ENTRY_OVERHEAD_BYTES;
  return jsonBytes(entry) + ENTRY_OVERHEAD_BYTES;
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export class BuildCache {
  readonly engine = engineVersion();
  readonly #memory: ByteLru<MemoryEntry>;
  readonly #store: CacheTier<StoredMeta> | undefined;
  readonly #leases: LeaseProvider | undefined;
  readonly #log: CacheLog;
  readonly #storeOutage: Outage;
  readonly #leaseOutage: Outage;
  readonly #stats = { memoryHits: 0, diskHits: 0, sharedHits: 0, misses: 0, leaseWaits: 0 };
  readonly #legacyRemoved: Promise<void> = Promise.resolve();
  /** Store writes going on in the background (`writeBehind`), oldest first, with their output bytes. */
  readonly #writesBehind = new Map<Promise<void>, number>();
  #bytesBehind = 0;

  constructor(options: BuildCacheOptions = {}) {
    this.#memory = new ByteLru(options.memoryBytes ?? 256 * MIB, (entry) => entry.size);
    this.#log = options.log ?? ((level, message) => level !== "info" && process.emitWarning(message, { code: "PARTFORGE_BUILD_CACHE" }));
    if (options.shared !== undefined) {
      this.#store = options.shared.tier;
      this.#leases = options.shared.leases;
    } else if (options.dir !== undefined) {
      this.#store = new DiskStore(join(options.dir, "builds"), options.diskBytes ?? 2048 * MIB);
      // Earlier versions kept descriptions here, outside any budget.
      this.#legacyRemoved = rm(join(options.dir, "descriptions"), { recursive: true, force: true }).catch(() => undefined);
    }
    this.#storeOutage = new Outage(`the build cache's ${this.#store?.kind ?? "memory"} store ${this.#store?.location ?? ""}`.trimEnd(), this.#log, STORE_RETRY_MS);
    this.#leaseOutage = new Outage(`the build cache's ${this.#leases?.kind ?? ""} leases (single flight across nodes)`, this.#log, STORE_RETRY_MS);
  }

  /**
   * The cached build for `key`, from memory or the store behind it (then kept in memory too).
   * `recheck`: a second look for a request already counted as a miss (it is not counted again).
   */
  async get(key: string, { recheck = false }: { recheck?: boolean } = {}): Promise<CachedBuild | undefined> {
    const inMemory = this.#memory.get(`build:${key}`);
    if (inMemory !== undefined && "build" in inMemory) {
      if (!recheck) this.#stats.memoryHits += 1;
      return inMemory.build;
    }
    const stored = await this.#fromStore("read", (store) => store.get(key));
    if (stored !== undefined && !isStoredDescription(stored.meta)) {
      const build = { bytes: stored.bytes, meta: stored.meta };
      if (this.#store?.kind === "disk") this.#stats.diskHits += 1;
      else this.#stats.sharedHits += 1;
      this.#memory.set(`build:${key}`, { build, size: heldBytes(build) });
      return build;
    }
    if (!recheck) this.#stats.misses += 1;
    return undefined;
  }

  /**
   * Keeps `entry` in memory and writes it to the store behind memory. With `writeBehind`, the
   * returned promise settles once this cache answers `get(key)` from memory, and the store write
   * goes on in the background (see `#write`) — unless leases are in use: another node waiting
   * for this node's lease looks in the shared store, not here, so the write must land first.
   */
  async set(key: string, entry: CachedBuild, { writeBehind = false }: WriteOptions = {}): Promise<void> {
    this.#memory.set(`build:${key}`, { build: entry, size: heldBytes(entry) });
    await this.#write(writeBehind, entry.bytes.byteLength, () => this.#fromStore("write", (store) => store.put(key, entry)));
  }

  /**
   * Runs `work` while holding the lease `name` across every node that shares this cache, so N
   * identical requests on N nodes run one build: the others wait for the holder to finish (or
   * to die: its lease then expires), for at most `waitMs`, then run `work` themselves — which
   * finds the holder's result when `recheck` is true (always, with leases; a build stored
   * between a caller's miss and its lease is found too). Without leases, or while the lease
   * store is failing, `work` runs at once with `recheck` false.
   */
  async exclusive<T>(name: string, waitMs: number, work: (recheck: boolean) => Promise<T>): Promise<T> {
    const leases = this.#leases;
    if (leases === undefined) return work(false);
    const leaseName = hash("sha256", `lease\0${this.engine}\0${name}`, "hex");
    const deadline = Date.now() + waitMs;
    let pollMs = LEASE_POLL_MS.first;
    let waited = false;
    for (;;) {
      const lease = await this.#leaseOutage.call("acquire", () => leases.acquire(leaseName, LEASE_TTL_MS), null);
      if (lease === null) return work(false);
      if (lease !== undefined) return this.#holding(lease, () => work(true));
      if (!waited) this.#stats.leaseWaits += 1;
      waited = true;
      if (Date.now() >= deadline) {
        this.#log("warn", `build cache: waited ${waitMs} ms for another node's build of the same request; building here too`);
        return work(true);
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      pollMs = Math.min(LEASE_POLL_MS.max, Math.ceil(pollMs * 1.5));
    }
  }

  /** Resolves when every write started with `writeBehind` has reached the store (or failed, which the store's outage logs). */
  async flush(): Promise<void> {
    while (this.#writesBehind.size > 0) await Promise.all(this.#writesBehind.keys());
  }

  /** Waits for the writes still going on behind memory, then closes the store and the leases. */
  async close(): Promise<void> {
    await this.flush();
    await Promise.all([this.#store?.close?.(), this.#leases?.close?.()]);
  }

  /**
   * Runs a store write: awaited, or — with `behind`, no leases and a store — in the background,
   * so a reply need not wait for the disk. A write in the background starts two turns of the
   * event loop later (`setImmediate` twice), not at once: its synchronous start (the entry's
   * encoding, the first file call, which wakes a thread of libuv's pool) would otherwise run
   * before the caller's continuation, i.e. before the reply is written (a box's STL on the disk
   * store: 0.05 ms idle, 0.1-0.4 ms at load 20-28; bench/cacheSteps.ts). One turn is not enough:
   * a `/build` reply waits for its ledger rows, whose group commit (src/store/sqlite/groupCommit.ts)
   * is an immediate queued after this one, so the write started before the commit and the
   * response. It is counted at once, so `flush()` and `close()` wait for it and the
   * bounds hold. The writes in the background are bounded in number and in bytes; past either
   * bound the caller waits for the oldest to land (back-pressure). A write never rejects
   * (`#fromStore` turns a failure into the store's outage).
   */
  async #write(behind: boolean, bytes: number, write: () => Promise<unknown>): Promise<void> {
    if (!behind || this.#leases !== undefined || this.#store === undefined) {
      await write();
      return;
    }
    const pending = this.#writesBehind;
    while (pending.size >= WRITE_BEHIND_BOUNDS.maxWrites || (pending.size > 0 && this.#bytesBehind + bytes > WRITE_BEHIND_BOUNDS.maxBytes)) {
      await pending.keys().next().value;
    }
    const written: Promise<void> = new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve))).then(write).then(() => {
      pending.delete(written);
      this.#bytesBehind -= bytes;
    });
    pending.set(written, bytes);
    this.#bytesBehind += bytes;
  }

  async #holding<T>(lease: Lease, work: () => Promise<T>): Promise<T> {
    const renewal = setInterval(() => {
      lease.renew().then(
        (held) => held || this.#log("warn", "build cache: a lease expired before its holder renewed it (the lease store or this process stalled); another node may build the same request"),
        (error: unknown) => this.#leaseOutage.failed("renew", error),
      );
    }, LEASE_TTL_MS / 3);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      await lease.release().catch((error: unknown) => this.#leaseOutage.failed("release", error));
    }
  }

  /** The description of the script with this hash, as the current engine made it. */
  async getDescription(scriptSha256: string): Promise<ModelDescription | undefined> {
    const id = this.#descriptionId(scriptSha256);
    const inMemory = this.#memory.get(`description:${id}`);
    if (inMemory !== undefined && "description" in inMemory) return inMemory.description;
    const stored = await this.#fromStore("read", (store) => store.get(id));
    if (stored === undefined || !isStoredDescription(stored.meta)) return undefined;
    const { description } = stored.meta;
    this.#memory.set(`description:${id}`, { description, size: heldBytes(description) });
    return description;
  }

  /** Keeps a script's description in memory and the store behind it; `writeBehind` as for `set`. */
  async setDescription(scriptSha256: string, description: ModelDescription, { writeBehind = false }: WriteOptions = {}): Promise<void> {
    const id = this.#descriptionId(scriptSha256);
    if (this.#memory.get(`description:${id}`) !== undefined) return;
    this.#memory.set(`description:${id}`, { description, size: heldBytes(description) });
    await this.#write(writeBehind, 0, async () => {
      await this.#legacyRemoved;
      await this.#fromStore("write", (store) => store.put(id, { bytes: NO_BYTES, meta: { kind: "description", description } }));
    });
  }

  /** `memoryBytes` counts everything the memory store holds: outputs, metadata and descriptions. */
  stats(): BuildCacheStats {
    const tier = this.#store?.kind ?? "memory";
    return {
      tier,
      memoryEntries: this.#memory.size,
      memoryBytes: this.#memory.bytes,
      ...this.#stats,
      storeErrors: this.#storeOutage.errors,
      leaseErrors: this.#leaseOutage.errors,
      corruptEntries: this.#store?.corruptEntries ?? 0,
    };
  }

  /** `call` on the store behind memory; `undefined` when there is none or it fails (see `Outage`). */
  #fromStore<T>(operation: string, call: (store: CacheTier<StoredMeta>) => Promise<T>): Promise<T | undefined> {
    const store = this.#store;
    if (store === undefined) return Promise.resolve(undefined);
    return this.#storeOutage.call(operation, () => call(store), undefined);
  }

  #descriptionId(scriptSha256: string): string {
    return hash("sha256", `description\0${this.engine}\0${scriptSha256}`, "hex");
  }
}

const NO_BYTES = new Uint8Array(0);

function isStoredDescription(meta: CachedBuildMeta | StoredDescription): meta is StoredDescription {
  return (meta as Partial<StoredDescription>).kind === "description";
}

/**
 * A build cache: memory LRU bounded by bytes, plus a disk cache when `dir` is given, or a tier
 * shared by every node (`openSharedCache`) when `shared` is.
 * @example const cache = createBuildCache({ dir: "/var/lib/partforge/cache" });
 * @example const cache = createBuildCache({ shared: await openSharedCache("s3://builds/partforge") });
 */
export function createBuildCache(options: BuildCacheOptions = {}): BuildCache {
  return new BuildCache(options);
}
