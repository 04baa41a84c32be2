/**
 * The build cache: finished builds by content key, in a memory LRU bounded by bytes and, when
 * given a data directory, on disk (so a restart keeps them); plus each script's description by
 * engine and script hash, so a repeated request can be keyed — and answered — without a slot.
 * Descriptions live in the same two stores as the builds: every byte either holds is counted
 * against its budget, and they are evicted together.
 */
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { ExportFormat } from "../../exporters/index.ts";
import type { ModelDescription, ParamValue } from "../../modelscript/index.ts";
import { DiskStore } from "./diskStore.ts";
import { engineVersion } from "./engineVersion.ts";
import { ByteLru } from "./memoryLru.ts";

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
}

export interface BuildCacheStats {
  memoryEntries: number;
  memoryBytes: number;
  memoryHits: number;
  diskHits: number;
  misses: number;
}

const MIB = 1024 * 1024;
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
  readonly #disk: DiskStore<CachedBuildMeta | StoredDescription> | undefined;
  readonly #stats = { memoryHits: 0, diskHits: 0, misses: 0 };
  readonly #legacyRemoved: Promise<void> = Promise.resolve();

  constructor(options: BuildCacheOptions = {}) {
    this.#memory = new ByteLru(options.memoryBytes ?? 256 * MIB, (entry) => entry.size);
    if (options.dir !== undefined) {
      this.#disk = new DiskStore(join(options.dir, "builds"), options.diskBytes ?? 2048 * MIB);
      // Earlier versions kept descriptions here, outside any budget.
      this.#legacyRemoved = rm(join(options.dir, "descriptions"), { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** The cached build for `key`, from memory or disk (then kept in memory too). */
  async get(key: string): Promise<CachedBuild | undefined> {
    const inMemory = this.#memory.get(`build:${key}`);
    if (inMemory !== undefined && "build" in inMemory) {
      this.#stats.memoryHits += 1;
      return inMemory.build;
    }
    const onDisk = await this.#disk?.get(key);
    if (onDisk !== undefined && !isStoredDescription(onDisk.meta)) {
      const build = { bytes: onDisk.bytes, meta: onDisk.meta };
      this.#stats.diskHits += 1;
      this.#memory.set(`build:${key}`, { build, size: heldBytes(build) });
      return build;
    }
    this.#stats.misses += 1;
    return undefined;
  }

  async set(key: string, entry: CachedBuild): Promise<void> {
    this.#memory.set(`build:${key}`, { build: entry, size: heldBytes(entry) });
    await this.#disk?.set(key, entry);
  }

  /** The description of the script with this hash, as the current engine made it. */
  async getDescription(scriptSha256: string): Promise<ModelDescription | undefined> {
    const id = this.#descriptionId(scriptSha256);
    const inMemory = this.#memory.get(`description:${id}`);
    if (inMemory !== undefined && "description" in inMemory) return inMemory.description;
    const onDisk = await this.#disk?.get(id);
    if (onDisk === undefined || !isStoredDescription(onDisk.meta)) return undefined;
    const { description } = onDisk.meta;
    this.#memory.set(`description:${id}`, { description, size: heldBytes(description) });
    return description;
  }

  async setDescription(scriptSha256: string, description: ModelDescription): Promise<void> {
    const id = this.#descriptionId(scriptSha256);
    if (this.#memory.get(`description:${id}`) !== undefined) return;
    this.#memory.set(`description:${id}`, { description, size: heldBytes(description) });
    await this.#legacyRemoved;
    await this.#disk?.set(id, { bytes: NO_BYTES, meta: { kind: "description", description } });
  }

  /** `memoryBytes` counts everything the memory store holds: outputs, metadata and descriptions. */
  stats(): BuildCacheStats {
    return { memoryEntries: this.#memory.size, memoryBytes: this.#memory.bytes, ...this.#stats };
  }

  #descriptionId(scriptSha256: string): string {
    return createHash("sha256").update(`description\0${this.engine}\0${scriptSha256}`).digest("hex");
  }
}

const NO_BYTES = new Uint8Array(0);

function isStoredDescription(meta: CachedBuildMeta | StoredDescription): meta is StoredDescription {
  return (meta as Partial<StoredDescription>).kind === "description";
}

/**
 * A build cache: memory LRU bounded by bytes, plus a disk cache when `dir` is given.
 * @example const cache = createBuildCache({ dir: "/var/lib/partforge/cache" });
 */
export function createBuildCache(options: BuildCacheOptions = {}): BuildCache {
  return new BuildCache(options);
}
