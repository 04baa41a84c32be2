/**
 * The build cache: finished builds by content key, in a memory LRU bounded by bytes and, when
 * given a data directory, on disk (so a restart keeps them); plus each script's description by
 * engine and script hash, so a repeated request can be keyed — and answered — without a slot.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
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
  /** Data directory for the disk cache (`<dir>/builds`, `<dir>/descriptions`); memory only when absent. */
  dir?: string;
  /** Memory budget for cached builds. Default 256 MiB. */
  memoryBytes?: number;
  /** Disk budget for cached builds. Default 2 GiB. */
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
const DESCRIPTIONS_IN_MEMORY = 1024;
/** Bytes charged per entry on top of its output, for the description and bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 4096;

export class BuildCache {
  readonly engine = engineVersion();
  readonly #memory: ByteLru<CachedBuild>;
  readonly #disk: DiskStore<CachedBuildMeta> | undefined;
  readonly #descriptionsDir: string | undefined;
  readonly #descriptions = new Map<string, ModelDescription>();
  readonly #stats = { memoryHits: 0, diskHits: 0, misses: 0 };

  constructor(options: BuildCacheOptions = {}) {
    this.#memory = new ByteLru(options.memoryBytes ?? 256 * MIB, (entry) => entry.bytes.byteLength + ENTRY_OVERHEAD_BYTES);
    if (options.dir !== undefined) {
      this.#disk = new DiskStore(join(options.dir, "builds"), options.diskBytes ?? 2048 * MIB);
      this.#descriptionsDir = join(options.dir, "descriptions");
    }
  }

  /** The cached build for `key`, from memory or disk (then kept in memory too). */
  async get(key: string): Promise<CachedBuild | undefined> {
    const inMemory = this.#memory.get(key);
    if (inMemory !== undefined) {
      this.#stats.memoryHits += 1;
      return inMemory;
    }
    const onDisk = await this.#disk?.get(key);
    if (onDisk !== undefined) {
      this.#stats.diskHits += 1;
      this.#memory.set(key, onDisk);
      return onDisk;
    }
    this.#stats.misses += 1;
    return undefined;
  }

  async set(key: string, entry: CachedBuild): Promise<void> {
    this.#memory.set(key, entry);
    await this.#disk?.set(key, entry);
  }

  /** The description of the script with this hash, as the current engine made it. */
  async getDescription(scriptSha256: string): Promise<ModelDescription | undefined> {
    const id = this.#descriptionId(scriptSha256);
    const inMemory = this.#descriptions.get(id);
    if (inMemory !== undefined || this.#descriptionsDir === undefined) return inMemory;
    try {
      const description = JSON.parse(await readFile(join(this.#descriptionsDir, `${id}.json`), "utf8")) as ModelDescription;
      this.#rememberDescription(id, description);
      return description;
    } catch {
      return undefined;
    }
  }

  async setDescription(scriptSha256: string, description: ModelDescription): Promise<void> {
    const id = this.#descriptionId(scriptSha256);
    if (this.#descriptions.has(id)) return;
    this.#rememberDescription(id, description);
    if (this.#descriptionsDir === undefined) return;
    await mkdir(this.#descriptionsDir, { recursive: true });
    const file = join(this.#descriptionsDir, `${id}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(description));
    await rename(temporary, file);
  }

  stats(): BuildCacheStats {
    return { memoryEntries: this.#memory.size, memoryBytes: this.#memory.bytes, ...this.#stats };
  }

  #descriptionId(scriptSha256: string): string {
    return createHash("sha256").update(`${this.engine}\0${scriptSha256}`).digest("hex");
  }

  #rememberDescription(id: string, description: ModelDescription): void {
    if (this.#descriptions.size >= DESCRIPTIONS_IN_MEMORY) this.#descriptions.delete(this.#descriptions.keys().next().value!);
    this.#descriptions.set(id, description);
  }
}

/**
 * A build cache: memory LRU bounded by bytes, plus a disk cache when `dir` is given.
 * @example const cache = createBuildCache({ dir: "/var/lib/partforge/cache" });
 */
export function createBuildCache(options: BuildCacheOptions = {}): BuildCache {
  return new BuildCache(options);
}
