/**
 * Build outputs on disk, under a data directory: one file per key, `builds/<2 hex>/<key>.bin`,
 * holding a 4-byte big-endian header length, a JSON header and the bytes. Files are written to
 * a temporary name and renamed, so a reader never sees half a file. The total size is bounded:
 * the least recently used files go first.
 *
 * The index is a `Map` kept in use order (a read or a write moves its key to the end), so an
 * eviction takes keys from the front: constant work per file removed. It used to sort the whole
 * index by last-use time on every write over the budget: with the default 2 GiB of ~100 KB files,
 * ~20,000 entries sorted on the service's event loop for every build once the cache was full; and
 * two uses within one millisecond tied, so a file read just after another was written could go
 * first. A restart orders the files it finds by modification time (reads touch it, after their
 * reply: `FileTouches`; `close()` waits for those touches), once.
 * Bucket directories are made once per store (again if something removed one).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { KEY_SHAPE, type CacheTier, type TierEntry } from "./cacheTier.ts";
import { FileTouches } from "./fileTouches.ts";

export type DiskEntry<M> = TierEntry<M>;

const HEADER_LENGTH_BYTES = 4;

/** Keys in use order, least recently used first, with their file sizes. */
type UseOrder = Map<string, number>;

export class DiskStore<M> implements CacheTier<M> {
  readonly kind = "disk";
  readonly dir: string;
  readonly maxBytes: number;
  #index: Promise<UseOrder> | undefined;
  readonly #buckets = new Set<string>();
  readonly #touches = new FileTouches();
  #bytes = 0;
  #writes = 0;
  #corrupt = 0;

  constructor(dir: string, maxBytes: number) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  /**
   * A key the index does not know is still looked for on disk: another process may share the
   * directory (a service restarting while the old one drains). That read is most of a miss's cost
   * on a reply's path (one trip through libuv's pool: 0.04-0.06 ms on an idle machine, 0.08-0.1 at
   * load 20-28, bench/cacheSteps.ts; a `statSync` would take ~0.001 but block the event loop on a
   * slow disk, so it is not used).
   */
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
      // Not known: written by another process sharing the directory.
      if (known === undefined) this.#bytes += data.length;
      index.delete(key);
      index.set(key, known ?? data.length);
      this.#touches.touch(file);
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
    const temporary = `${file}.${process.pid}.${++this.#writes}.tmp`;
    await this.#writeInBucket(key.slice(0, 2), temporary, Buffer.concat([length, header, entry.bytes]));
    await rename(temporary, file);
    const previous = index.get(key);
    if (previous !== undefined) this.#bytes -= previous;
    index.delete(key);
    index.set(key, size);
    this.#bytes += size;
    await this.#evict(index);
  }

  /** Waits for the touches of the files read, so a store opened next on the directory orders them as used. */
  close(): Promise<void> {
    return this.#touches.flush();
  }

  /** Total bytes of the files this store knows about. */
  async bytes(): Promise<number> {
    await this.#loadIndex();
    return this.#bytes;
  }

  #file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.bin`);
  }

  async #writeInBucket(bucket: string, file: string, data: Buffer): Promise<void> {
    if (!this.#buckets.has(bucket)) {
      await mkdir(join(this.dir, bucket), { recursive: true });
      this.#buckets.add(bucket);
    }
    try {
      await writeFile(file, data);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      // The bucket was removed under us (an operator clearing the cache): make it again.
      await mkdir(join(this.dir, bucket), { recursive: true });
      await writeFile(file, data);
    }
  }

  async #evict(index: UseOrder): Promise<void> {
    while (this.#bytes > this.maxBytes) {
      const oldest = index.keys().next();
      if (oldest.done === true) return;
      await this.#remove(oldest.value);
    }
  }

  async #remove(key: string): Promise<void> {
    const index = await this.#loadIndex();
    const size = index.get(key);
    if (size !== undefined) {
      index.delete(key);
      this.#bytes -= size;
    }
    await rm(this.#file(key), { force: true });
  }

  /** Scans the directory once, so a restarted service keeps its cache and its size bound. */
  #loadIndex(): Promise<UseOrder> {
    this.#index ??= (async () => {
      const found: { key: string; size: number; usedAt: number }[] = [];
      await mkdir(this.dir, { recursive: true });
      for (const bucket of await readdir(this.dir)) {
        if (!/^[0-9a-f]{2}$/.test(bucket)) continue;
        this.#buckets.add(bucket);
        for (const name of await readdir(join(this.dir, bucket))) {
          const key = name.slice(0, -".bin".length);
          if (!name.endsWith(".bin") || !KEY_SHAPE.test(key)) continue;
          const info = await stat(join(this.dir, bucket, name)).catch(() => undefined);
          if (info === undefined) continue;
          found.push({ key, size: info.size, usedAt: info.mtimeMs });
          this.#bytes += info.size;
        }
      }
      return new Map(found.sort((a, b) => a.usedAt - b.usedAt).map(({ key, size }) => [key, size]));
    })();
    return this.#index;
  }
}
