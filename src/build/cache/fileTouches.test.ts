import { after, describe, it, mock } from "node:test";
import assert from "node:assert/strict";
import fsPromises, { mkdtemp, rm, stat, utimes } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CachedBuildMeta } from "./buildCache.ts";
import { DiskStore } from "./diskStore.ts";
import { SharedDirTier } from "./sharedDirTier.ts";

const directories: string[] = [];
async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-touches-"));
  directories.push(dir);
  return dir;
}
after(() => Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true }))));

const key = (n: number) => n.toString(16).padStart(64, "0");
const entry = (bytes: number) => ({
  bytes: new Uint8Array(bytes).fill(2),
  meta: { format: "stl", mediaType: "model/stl", fileName: "part.stl", description: {}, values: {}, buildMs: 1 } as unknown as CachedBuildMeta,
});
const diskFile = (dir: string, n: number) => join(dir, key(n).slice(0, 2), `${key(n)}.bin`);
const sharedFile = (dir: string, n: number) => join(dir, "objects", key(n).slice(0, 2), `${key(n)}.pfc`);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Counts the `utimes` calls of the modules under test (they import it from node:fs/promises). */
function countTouches(): { calls: () => number; restore: () => void } {
  const spy = mock.method(fsPromises, "utimes");
  syncBuiltinESMExports();
  return {
    calls: () => spy.mock.callCount(),
    restore: () => {
      spy.mock.restore();
      syncBuiltinESMExports();
    },
  };
}

/** One turn of the event loop: what a reply waiting for the ledger's group commit (an immediate) waits. */
const oneTurn = () => new Promise((resolve) => setImmediate(resolve));

for (const [name, open, file] of [
  ["the disk store", (dir: string) => new DiskStore<CachedBuildMeta>(dir, 1e6), diskFile],
  ["a shared directory", (dir: string) => new SharedDirTier<CachedBuildMeta>(dir, { maxBytes: 1e6 }), sharedFile],
] as const) {
  describe(`${name}: a hit's "used now" mark`, () => {
    it("is set after the caller's continuation and an immediate it queues (the reply is written first), and close waits for it", async () => {
      const dir = await scratchDir();
      const store = open(dir);
      await store.put(key(1), entry(100));
      const old = minutesAgo(30);
      await utimes(file(dir, 1), old, old);
      const touches = countTouches();
      try {
        assert.ok(await store.get(key(1)));
        assert.equal(touches.calls(), 0, "the hit started its touch before its caller went on");
        await oneTurn();
        assert.equal(touches.calls(), 0, "the hit started its touch before an immediate its caller queued (the ledger's commit, then the reply)");
        await store.close();
        assert.equal(touches.calls(), 1, "close did not wait for the touch");
      } finally {
        touches.restore();
      }
      assert.ok((await stat(file(dir, 1))).mtimeMs > old.getTime() + 60_000, "the file was not marked used");
    });
  });
}

describe("the marks reach eviction", () => {
  it("the disk store: a restarted store evicts the file read last after the others", async () => {
    const dir = await scratchDir();
    const first = new DiskStore<CachedBuildMeta>(dir, 1e6);
    for (const n of [1, 2, 3]) {
      await first.set(key(n), entry(1000));
      await utimes(diskFile(dir, n), minutesAgo(10 - n), minutesAgo(10 - n));
    }
    assert.ok(await first.get(key(1)), "key 1 read: the oldest file becomes the newest");
    await first.close();
    const size = (await stat(diskFile(dir, 1))).size;
    const restarted = new DiskStore<CachedBuildMeta>(dir, size * 3);
    await restarted.set(key(4), entry(1000));
    assert.equal(await restarted.has(key(2)), false, "the least recently used file went first");
    assert.equal(await restarted.has(key(1)), true, "the file read last was evicted: its touch was lost");
  });

  it("a shared directory: an eviction right after a read sees that read", async () => {
    const dir = await scratchDir();
    const probe = new SharedDirTier<CachedBuildMeta>(dir, { maxBytes: 1e9 });
    await probe.put(key(9), entry(1000));
    const size = (await stat(sharedFile(dir, 9))).size;
    await probe.delete(key(9));
    const tier = new SharedDirTier<CachedBuildMeta>(dir, { maxBytes: size * 3, scanIntervalMs: 1e9 });
    for (const n of [1, 2, 3]) {
      await tier.put(key(n), entry(1000));
      await utimes(sharedFile(dir, n), minutesAgo(10 - n), minutesAgo(10 - n));
    }
    assert.ok(await tier.get(key(1)));
    await new SharedDirTier<CachedBuildMeta>(dir, { maxBytes: 1e9 }).put(key(4), entry(1000));
    await tier.evict();
    assert.equal(await tier.has(key(1)), true, "the eviction did not see the read of key 1");
    assert.equal(await tier.has(key(2)), false, "the least recently used file went first");
  });
});
