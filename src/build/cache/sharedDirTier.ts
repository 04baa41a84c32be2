/**
 * A cache tier in a directory every node mounts (NFS, SMB, a cluster file system): one file per
 * entry, `objects/<2 hex>/<key>.pfc`, sealed by `envelope.ts`. Each file is written under a
 * temporary name in the same folder and renamed into place, so no node ever reads a partial
 * file; a damaged one fails its checksum, is deleted and rebuilt.
 *
 * Size budget, shared by all nodes: a reader touches a file's modification time, and a node that
 * has written a twentieth of the budget (or a minute after its last scan) scans the directory and
 * deletes the least recently used files until the total is 90 % of the budget. Any node may evict;
 * deleting a file another node is reading does not disturb that read (POSIX unlink semantics),
 * and a missing file is only a miss. Temporary files a crashed node left behind go after an hour.
 */
import { hostname } from "node:os";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { KEY_SHAPE, type CacheTier, type TierEntry } from "./cacheTier.ts";
import { openEntry, sealEntry } from "./envelope.ts";
import { FileTouches } from "./fileTouches.ts";

export interface SharedDirOptions {
  /** Budget for the whole directory, every node's entries together. */
  maxBytes: number;
  /** Scan at most this often while writing (milliseconds). Default 60 000. */
  scanIntervalMs?: number;
}

const SUFFIX = ".pfc";
const ABANDONED_TEMP_MS = 60 * 60_000;
/** Eviction stops at this share of the budget, so one scan makes room for many writes. */
const LOW_WATER = 0.9;

export class SharedDirTier<M> implements CacheTier<M> {
  readonly kind = "file";
  readonly location: string;
  readonly maxBytes: number;
  readonly #objects: string;
  readonly #scanIntervalMs: number;
  readonly #writer = `${hostname().replace(/[^A-Za-z0-9-]/g, "_")}.${process.pid}`;
  #writes = 0;
  #bytesSinceScan = 0;
  #lastScanAt = Date.now();
  #scanning: Promise<void> | undefined;
  #corrupt = 0;
  /** Reads' "used now" marks, set after the reply (`FileTouches`); a scan waits for them. */
  readonly #touches = new FileTouches();

  constructor(dir: string, options: SharedDirOptions) {
    this.location = dir;
    this.maxBytes = options.maxBytes;
    this.#objects = join(dir, "objects");
    this.#scanIntervalMs = options.scanIntervalMs ?? 60_000;
  }

  get corruptEntries(): number {
    return this.#corrupt;
  }

  async get(key: string): Promise<TierEntry<M> | undefined> {
    if (!KEY_SHAPE.test(key)) return undefined;
    const file = this.#file(key);
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    const entry = openEntry<M>(key, data);
    if (entry === undefined) {
      this.#corrupt += 1;
      await rm(file, { force: true });
      return undefined;
    }
    this.#touches.touch(file);
    return entry;
  }

  async put(key: string, entry: TierEntry<M>): Promise<void> {
    if (!KEY_SHAPE.test(key)) return;
    const sealed = sealEntry(key, entry);
    if (sealed.length > this.maxBytes) return;
    const folder = join(this.#objects, key.slice(0, 2));
    await mkdir(folder, { recursive: true });
    const temporary = join(folder, `.${key}.${this.#writer}.${++this.#writes}.tmp`);
    try {
      await writeFile(temporary, sealed, { flag: "wx" });
      await rename(temporary, this.#file(key));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    this.#bytesSinceScan += sealed.length;
    if (this.#bytesSinceScan >= this.maxBytes / 20 || Date.now() - this.#lastScanAt >= this.#scanIntervalMs) await this.evict();
  }

  async has(key: string): Promise<boolean> {
    if (!KEY_SHAPE.test(key)) return false;
    try {
      await stat(this.#file(key));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    if (KEY_SHAPE.test(key)) await rm(this.#file(key), { force: true });
  }

  /** Scans the directory and deletes least recently used files until it is within its budget. */
  evict(): Promise<void> {
    this.#scanning ??= this.#scan().finally(() => {
      this.#scanning = undefined;
    });
    return this.#scanning;
  }

  /** Total bytes of the entries in the directory, all nodes' together. */
  async bytes(): Promise<number> {
    return (await this.#listing()).reduce((sum, file) => sum + file.size, 0);
  }

  /** Waits for the touches of the files read (see `FileTouches`). */
  close(): Promise<void> {
    return this.#touches.flush();
  }

  async #scan(): Promise<void> {
    this.#bytesSinceScan = 0;
    this.#lastScanAt = Date.now();
    await this.#touches.flush();
    const files = await this.#listing();
    let total = files.reduce((sum, file) => sum + file.size, 0);
    if (total <= this.maxBytes) return;
    for (const file of files.sort((a, b) => a.usedAt - b.usedAt)) {
      if (total <= this.maxBytes * LOW_WATER) break;
      await rm(file.path, { force: true });
      total -= file.size;
    }
  }

  async #listing(): Promise<Array<{ path: string; size: number; usedAt: number }>> {
    const files: Array<{ path: string; size: number; usedAt: number }> = [];
    const buckets = await readdir(this.#objects).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error)));
    for (const bucket of buckets) {
      if (!/^[0-9a-f]{2}$/.test(bucket)) continue;
      for (const name of await readdir(join(this.#objects, bucket)).catch(() => [] as string[])) {
        const path = join(this.#objects, bucket, name);
        const info = await stat(path).catch(() => undefined);
        if (info === undefined) continue;
        if (name.endsWith(".tmp")) {
          if (Date.now() - info.mtimeMs > ABANDONED_TEMP_MS) await rm(path, { force: true });
          else files.push({ path, size: info.size, usedAt: Number.POSITIVE_INFINITY });
        } else if (name.endsWith(SUFFIX) && KEY_SHAPE.test(name.slice(0, -SUFFIX.length))) {
          files.push({ path, size: info.size, usedAt: info.mtimeMs });
        }
      }
    }
    return files;
  }

  #file(key: string): string {
    return join(this.#objects, key.slice(0, 2), `${key}${SUFFIX}`);
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}
