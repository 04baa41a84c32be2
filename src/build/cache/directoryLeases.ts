/**
 * Leases as lock files in a shared directory, `leases/<name>.lease`, created with O_EXCL so only
 * one node can hold a name. The holder renews by touching the file; a file not touched within its
 * time to live belongs to a node that died and is broken by the next node to ask. Nodes' clocks
 * must agree within a few seconds (NTP). Two nodes breaking the same stale lease at the same
 * moment can both go on to build: the lease saves work, correctness never depends on it.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { KEY_SHAPE, type Lease, type LeaseProvider } from "./cacheTier.ts";

interface LeaseFile {
  owner: string;
  token: string;
  ttlMs: number;
}

export class DirectoryLeases implements LeaseProvider {
  readonly kind = "file";
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = join(dir, "leases");
  }

  async acquire(name: string, ttlMs: number): Promise<Lease | undefined> {
    if (!KEY_SHAPE.test(name)) throw new Error(`a lease name must be 64 hex digits; got ${JSON.stringify(name)}`);
    await mkdir(this.#dir, { recursive: true });
    const file = join(this.#dir, `${name}.lease`);
    const token = randomUUID();
    const content: LeaseFile = { owner: `${hostname()} pid ${process.pid}`, token, ttlMs };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await writeFile(file, JSON.stringify(content), { flag: "wx" });
        return new FileLease(file, token);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      if (!(await breakIfStale(file, ttlMs))) return undefined;
    }
    return undefined;
  }
}

class FileLease implements Lease {
  readonly #file: string;
  readonly #token: string;

  constructor(file: string, token: string) {
    this.#file = file;
    this.#token = token;
  }

  async renew(): Promise<boolean> {
    if ((await readLease(this.#file))?.token !== this.#token) return false;
    const now = new Date();
    await utimes(this.#file, now, now);
    return true;
  }

  async release(): Promise<void> {
    if ((await readLease(this.#file))?.token === this.#token) await rm(this.#file, { force: true });
  }
}

/** Deletes the lease file when its holder stopped renewing it; true when it is gone. */
async function breakIfStale(file: string, defaultTtlMs: number): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (info === undefined) return true;
  const held = await readLease(file);
  const ttlMs = held?.ttlMs ?? defaultTtlMs;
  if (Date.now() - info.mtimeMs <= ttlMs) return false;
  // Re-read just before deleting, so a holder that renewed meanwhile keeps its lease.
  const again = await stat(file).catch(() => undefined);
  if (again !== undefined && again.mtimeMs !== info.mtimeMs) return false;
  await rm(file, { force: true });
  return true;
}

async function readLease(file: string): Promise<LeaseFile | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as LeaseFile;
  } catch {
    return undefined;
  }
}
