import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModelDescription } from "../../modelscript/index.ts";
import { createBuildCache, ENTRY_OVERHEAD_BYTES, WRITE_BEHIND_BOUNDS, type CachedBuild, type StoredMeta } from "./buildCache.ts";
import type { CacheTier, LeaseProvider, TierEntry } from "./cacheTier.ts";

const directories: string[] = [];
async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-buildcache-"));
  directories.push(dir);
  return dir;
}
after(() => Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true }))));

function description(descBytes: number, name = "part"): ModelDescription {
  return {
    metadata: { name, description: "d".repeat(descBytes) },
    uom: "mm",
    version: "1.0",
    parameters: [],
    groups: [],
    presets: { default: {} },
  };
}

function build(outputBytes: number, descBytes: number): CachedBuild {
  return {
    bytes: new Uint8Array(outputBytes).fill(1),
    meta: { format: "stl", mediaType: "model/stl", fileName: "part.stl", description: description(descBytes), values: { p: 1 }, buildMs: 3 },
  };
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");
const sha = (n: number) => n.toString(16).padStart(64, "0");

/** Every file under `dir`, with its size. */
async function filesUnder(dir: string): Promise<number[]> {
  const sizes: number[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) sizes.push((await stat(join(entry.parentPath, entry.name))).size);
  }
  return sizes;
}

describe("the build cache's byte accounting", () => {
  it("counts what a cached build holds: its output, its metadata with the description, and the entry overhead", async () => {
    const cache = createBuildCache();
    const entry = build(1000, 60_000);
    await cache.set("a".repeat(64), entry);
    const stats = cache.stats();
    assert.equal(stats.memoryBytes, 1000 + jsonBytes(entry.meta) + ENTRY_OVERHEAD_BYTES);
    assert.ok(stats.memoryBytes > 61_000, `a 60 KB description is counted: ${stats.memoryBytes}`);
  });

  it("counts cached descriptions in the same budget and evicts them with the builds", async () => {
    const cache = createBuildCache({ memoryBytes: 200_000 });
    const first = description(60_000, "first");
    await cache.setDescription(sha(1), first);
    assert.equal(cache.stats().memoryBytes, jsonBytes(first) + ENTRY_OVERHEAD_BYTES);
    for (let i = 2; i <= 10; i++) await cache.setDescription(sha(i), description(60_000, `n${i}`));
    assert.ok(cache.stats().memoryBytes <= 200_000, `memory stays within its budget: ${cache.stats().memoryBytes}`);
    assert.equal(await cache.getDescription(sha(1)), undefined, "the least recently used description was evicted");
    assert.equal((await cache.getDescription(sha(10)))?.metadata.name, "n10");
  });

  it("keeps descriptions on disk inside the disk budget, evicted with the builds, readable after a restart", async () => {
    const dir = await scratchDir();
    const cache = createBuildCache({ dir, diskBytes: 150_000 });
    for (let i = 1; i <= 5; i++) await cache.setDescription(sha(i), description(60_000, `n${i}`));
    await cache.set("b".repeat(64), build(10_000, 100));
    const sizes = await filesUnder(dir);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    assert.ok(total <= 150_000, `the disk holds ${total} bytes in ${sizes.length} files`);
    assert.ok(!existsSync(join(dir, "descriptions")), "no description lives outside the budget");
    const restarted = createBuildCache({ dir, diskBytes: 150_000 });
    assert.equal((await restarted.getDescription(sha(5)))?.metadata.name, "n5");
    assert.equal(await restarted.getDescription(sha(1)), undefined);
    assert.equal((await restarted.get("b".repeat(64)))?.bytes.byteLength, 10_000);
  });

  it("removes the unbounded descriptions folder that earlier versions wrote", async () => {
    const dir = await scratchDir();
    await mkdir(join(dir, "descriptions"));
    await writeFile(join(dir, "descriptions", "old.json"), "x".repeat(1000));
    const cache = createBuildCache({ dir });
    await cache.setDescription(sha(1), description(10));
    assert.ok(!existsSync(join(dir, "descriptions")));
  });
});

/** A store whose writes wait until the test lets them land (or fail). */
class GatedTier implements CacheTier<StoredMeta> {
  readonly kind = "file" as const;
  readonly location = "gated";
  readonly corruptEntries = 0;
  readonly entries = new Map<string, TierEntry<StoredMeta>>();
  readonly waiting: Array<{ key: string; land: () => void; fail: (error: Error) => void }> = [];
  async get(key: string) {
    return this.entries.get(key);
  }
  put(key: string, entry: TierEntry<StoredMeta>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, land: () => (this.entries.set(key, entry), resolve()), fail: reject });
    });
  }
  async has(key: string) {
    return this.entries.has(key);
  }
  async delete(key: string) {
    this.entries.delete(key);
  }
}

/** Two turns of the event loop: a write behind, queued by now, has started. */
const nextTurn = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

/** Whether `promise` has settled after the microtasks and I/O callbacks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true), () => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

const noLeases: LeaseProvider | undefined = undefined;
const freeLeases: LeaseProvider = { kind: "redis", acquire: async () => ({ renew: async () => true, release: async () => undefined }) };

describe("build cache: writes behind memory", () => {
  it("a write behind settles once memory answers; the store write lands later, and flush and close wait for it", async () => {
    const tier = new GatedTier();
    const cache = createBuildCache({ shared: { tier, leases: noLeases } });
    const entry = build(100, 10);
    assert.equal(await settled(cache.set(sha(1), entry, { writeBehind: true })), true, "set waited for the store");
    assert.equal(await settled(cache.setDescription(sha(2), description(5), { writeBehind: true })), true, "setDescription waited for the store");
    await nextTurn();
    assert.equal(tier.waiting.length, 2, "both writes went to the store");
    assert.equal(await cache.get(sha(1)), entry, "memory answers before the store has it");
    assert.deepEqual(await cache.getDescription(sha(2)), description(5));
    const flushed = cache.flush();
    const closed = cache.close();
    assert.equal(await settled(flushed), false, "flush waits for the writes behind");
    assert.equal(await settled(closed), false, "close waits for the writes behind");
    for (const write of tier.waiting.splice(0)) write.land();
    await Promise.all([flushed, closed]);
    assert.ok(tier.entries.has(sha(1)), "the build reached the store");
    assert.equal(tier.entries.size, 2, "the description reached the store");
  });

  it("a write behind starts after the caller's continuation and an immediate it queues (a reply after its ledger's group commit is written first)", async () => {
    const tier = new GatedTier();
    const cache = createBuildCache({ shared: { tier, leases: noLeases } });
    await cache.set(sha(1), build(100, 10), { writeBehind: true });
    await cache.setDescription(sha(2), description(5), { writeBehind: true });
    assert.equal(tier.waiting.length, 0, "a store write started before the caller went on");
    // As the SQLite store's group commit does: the ledger rows commit on an immediate, then the reply goes.
    const startedBeforeCommit = await new Promise((resolve) => setImmediate(() => resolve(tier.waiting.length)));
    assert.equal(startedBeforeCommit, 0, "a store write started before an immediate the caller queued after it (the ledger's commit, then the reply)");
    await nextTurn();
    assert.equal(tier.waiting.length, 2, "both writes started on the turn after");
    assert.ok(tier.waiting.some((write) => write.key === sha(1)));
    const closed = cache.close();
    assert.equal(await settled(closed), false, "close waits for the writes behind");
    for (const write of tier.waiting.splice(0)) write.land();
    await closed;
    assert.equal(tier.entries.size, 2);
  });

  it("without writeBehind, and with leases in use, a write waits for the store (another node looks there)", async () => {
    for (const [what, leases, options] of [["no option", noLeases, {}], ["leases", freeLeases, { writeBehind: true }]] as const) {
      const tier = new GatedTier();
      const cache = createBuildCache({ shared: { tier, leases } });
      const writing = cache.set(sha(1), build(10, 1), options);
      assert.equal(await settled(writing), false, `${what}: set settled before the store had the entry`);
      tier.waiting[0]!.land();
      await writing;
      assert.ok(tier.entries.has(sha(1)), what);
    }
  });

  it("bounds the writes in the background: past 16 (or 64 MiB) a writer waits for the oldest to land", async () => {
    const tier = new GatedTier();
    const cache = createBuildCache({ shared: { tier, leases: noLeases } });
    for (let i = 0; i < WRITE_BEHIND_BOUNDS.maxWrites; i += 1) await cache.set(sha(i), build(10, 1), { writeBehind: true });
    const seventeenth = cache.set(sha(100), build(10, 1), { writeBehind: true });
    assert.equal(await settled(seventeenth), false, "an unbounded number of writes was let run behind");
    await nextTurn();
    tier.waiting.shift()!.land();
    await seventeenth;
    await nextTurn();
    assert.equal(tier.waiting.length, WRITE_BEHIND_BOUNDS.maxWrites, "the 17th write started once one had landed");
    for (const write of tier.waiting.splice(0)) write.land();
    await cache.flush();

    const large = Math.ceil(WRITE_BEHIND_BOUNDS.maxBytes / 2) + 1;
    await cache.set(sha(200), build(large, 1), { writeBehind: true });
    const second = cache.set(sha(201), build(large, 1), { writeBehind: true });
    assert.equal(await settled(second), false, "more than the byte bound was held for writes behind");
    await nextTurn();
    tier.waiting.shift()!.land();
    await second;
    await nextTurn();
    for (const write of tier.waiting.splice(0)) write.land();
    await cache.close();
  });

  it("a write behind that fails is the store's outage: counted and logged, never an unhandled rejection, and flush still settles", async () => {
    const tier = new GatedTier();
    const logged: string[] = [];
    const cache = createBuildCache({ shared: { tier, leases: noLeases }, log: (_level, message) => logged.push(message) });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      await cache.set(sha(1), build(10, 1), { writeBehind: true });
      await nextTurn();
      tier.waiting[0]!.fail(new Error("share unreachable"));
      await cache.flush();
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(unhandled, []);
      assert.equal(cache.stats().storeErrors, 1);
      assert.ok(logged.some((line) => line.includes("share unreachable")), logged.join("\n"));
      assert.ok((await cache.get(sha(1))) !== undefined, "memory still answers");
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("on the disk: a build written behind is on disk after close, and a new cache on the same directory finds it", async () => {
    const dir = await scratchDir();
    const first = createBuildCache({ dir });
    const entry = build(1000, 10);
    await first.set(sha(7), entry, { writeBehind: true });
    await first.setDescription(sha(8), description(3), { writeBehind: true });
    await first.close();
    const second = createBuildCache({ dir });
    assert.deepEqual((await second.get(sha(7)))?.bytes, entry.bytes);
    assert.deepEqual(await second.getDescription(sha(8)), description(3));
    assert.equal(second.stats().diskHits, 1);
    await second.close();
  });
});
