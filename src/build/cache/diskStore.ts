/**
 * Build outputs on disk, under a data directory: one file per key, `builds/<2 hex>/<key>.bin`,
 * holding a 4-byte big-endian header length, a JSON header and the bytes. Files are written to
 * a temporary name and renamed, so a reader never sees half a file. The total size is bounded:
 * the least recently used files go first.
 */
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { KEY_SHAPE, type CacheTier, type TierEntry } from "./cacheTier.ts";

export type DiskEntry<M> = TierEntry<M>;

const HEADER_LENGTH_BYTES = 4;

export class DiskStore<M> implements CacheTier<M> {
  readonly kind = "disk";
  readonly dir: string;
  readonly maxBytes: number;
  #index: Promise<Map<string, { size: number; usedAt: number }>> | undefined;
  #bytes = 0;
  #writes = 0;
  #corrupt = 0;

  constructor(dir: string, maxBytes: number) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  async get(key: string): Promise<DiskEntry<M> | undefined> {
    if (!KEY_SHAPE.test(key)) return undefined;
    const index = await this.#loadIndex();
    const file = this.#file(key);
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      return undefined;
    }
    try {
      const headerLength = data.readUInt32BE(0);
      const meta = JSON.parse(data.subarray(HEADER_LENGTH_BYTES, HEADER_LENGTH_BYTES + headerLength).toString("utf8")) as M;
      const bytes = new Uint8Array(data.subarray(HEADER_LENGTH_BYTES + headerLength));
      const known = index.get(key);
      if (known === undefined) {
        // Written by another process sharing the directory.
        index.set(key, { size: data.length, usedAt: Date.now() });
        this.#bytes += data.length;
      } else {
        known.usedAt = Date.now();
      }
      const now = new Date();
      utimes(file, now, now).catch(() => undefined);
      return { bytes, meta };
    } catch {
      this.#corrupt += 1;
      await this.#remove(key);
      return undefined;
    }
  }

  get location(): string {
    return this.dir;
  }

  get corruptEntries(): number {
    return this.#corrupt;
  }

  async has(key: string): Promise<boolean> {
    if (!KEY_SHAPE.test(key)) return false;
    return (await this.#loadIndex()).has(key);
  }

  async delete(key: string): Promise<void> {
    if (KEY_SHAPE.test(key)) await this.#remove(key);
  }

  /** The same as `set`, by the tier interface's name. */
  put(key: string, entry: DiskEntry<M>): Promise<void> {
    return this.set(key, entry);
  }

  async set(key: string, entry: DiskEntry<M>): Promise<void> {
    if (!KEY_SHAPE.test(key)) return;
    const header = Buffer.from(JSON.stringify(entry.meta), "utf8");
    const length = Buffer.alloc(HEADER_LENGTH_BYTES);
    length.writeUInt32BE(header.length);
    const size = HEADER_LENGTH_BYTES + header.length + entry.bytes.byteLength;
    if (size > this.maxBytes) return;
    const index = await this.#loadIndex();
    const file = this.#file(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temporary = `${file}.${process.pid}.${++this.#writes}.tmp`;
    await writeFile(temporary, Buffer.concat([length, header, entry.bytes]));
    await rename(temporary, file);
    const previous = index.get(key);
    if (previous !== undefined) this.#bytes -= previous.size;
    index.set(key, { size, usedAt: Date.now() });
    this.#bytes += size;
    await this.#evict(index);
  }

  /** Total bytes of the files this store knows about. */
  async bytes(): Promise<number> {
    await this.#loadIndex();
    return this.#bytes;
  }

  #file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.bin`);
  }

  async #evict(index: Map<string, { size: number; usedAt: number }>): Promise<void> {
    if (this.#bytes <= this.maxBytes) return;
    const oldestFirst = [...index].sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [key] of oldestFirst) {
      if (this.#bytes <= this.maxBytes) break;
      await this.#remove(key);
    }
  }

  async #remove(key: string): Promise<void> {
    const index = await this.#loadIndex();
    const entry = index.get(key);
    if (entry !== undefined) {
      index.delete(key);
      this.#bytes -= entry.size;
    }
    await rm(this.#file(key), { force: true });
  }

  /** Scans the directory once, so a restarted service keeps its cache and its size bound. */
  #loadIndex(): Promise<Map<string, { size: number; usedAt: number }>> {
    this.#index ??= (async () => {
      const index = new Map<string, { size: number; usedAt: number }>();
      await mkdir(this.dir, { recursive: true });
      for (const bucket of await readdir(this.dir)) {
        if (!/^[0-9a-f]{2}$/.test(bucket)) continue;
        for (const name of await readdir(join(this.dir, bucket))) {
          const key = name.slice(0, -".bin".length);
          if (!name.endsWith(".bin") || !KEY_SHAPE.test(key)) continue;
          const info = await stat(join(this.dir, bucket, name)).catch(() => undefined);
          if (info === undefined) continue;
          index.set(key, { size: info.size, usedAt: info.mtimeMs });
          this.#bytes += info.size;
        }
      }
      return index;
    })();
    return this.#index;
  }
}
