/**
 * The shared cache tiers on their own: sealed entries, a shared directory and an S3 bucket (an
 * in-process s3rver) seen by two nodes' tier objects, damaged entries refused and deleted, the
 * directory's size budget, leases (lock files and a private Redis), and an unreachable store.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, truncate, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { createBuildCache, DirectoryLeases, openSharedCache, SharedDirTier, type CachedBuild, type LeaseProvider, type StoredMeta } from "../../src/build/cache/index.ts";
import { RedisLeases } from "../../src/build/cache/redisLeases.ts";
import { S3Tier } from "../../src/build/cache/s3Tier.ts";
import { openEntry, sealEntry } from "../../src/build/cache/envelope.ts";
import { parseCommandLine } from "../../src/cli/args.ts";
import { freePort, S3_BUCKET, startRedis, startS3rver, type RunningServer } from "./servers.ts";

const directories: string[] = [];
async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-shared-cache-"));
  directories.push(dir);
  return dir;
}
after(() => Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true }))));

const key = (n: number) => n.toString(16).padStart(64, "0");
function entry(size: number, name = "part"): CachedBuild {
  return {
    bytes: new Uint8Array(size).map((_, i) => i % 251),
    meta: { format: "stl", mediaType: "model/stl", fileName: `${name}.stl`, description: { metadata: { name }, uom: "mm", version: "1.0", parameters: [], groups: [], presets: { default: {} } }, values: { p: 1 }, buildMs: 5 },
  };
}

describe("a sealed cache entry", () => {
  it("opens to the same bytes and metadata under its own key", () => {
    const sealed = sealEntry(key(1), entry(1000));
    const opened = openEntry<CachedBuild["meta"]>(key(1), sealed);
    assert.ok(opened);
    assert.deepEqual(Buffer.from(opened.bytes), Buffer.from(entry(1000).bytes));
    assert.equal(opened.meta.fileName, "part.stl");
  });

  it("refuses a truncated copy, a flipped bit anywhere, and another key's entry", () => {
    const sealed = sealEntry(key(1), entry(1000));
    assert.equal(openEntry(key(1), sealed.subarray(0, sealed.length - 1)), undefined);
    assert.equal(openEntry(key(1), sealed.subarray(0, 600)), undefined);
    for (const at of [2, 10, 300, sealed.length - 5]) {
      const damaged = Buffer.from(sealed);
      damaged[at] = damaged[at]! ^ 0x01;
      assert.equal(openEntry(key(1), damaged), undefined, `a flipped bit at ${at}`);
    }
    assert.equal(openEntry(key(2), sealed), undefined);
  });
});

describe("the shared directory tier", () => {
  it("lets every node read what one node wrote, and never leaves a temporary file behind", async () => {
    const dir = await scratchDir();
    const nodeA = new SharedDirTier<CachedBuild["meta"]>(dir, { maxBytes: 1e7 });
    const nodeB = new SharedDirTier<CachedBuild["meta"]>(dir, { maxBytes: 1e7 });
    await nodeA.put(key(1), entry(5000));
    assert.equal(await nodeB.has(key(1)), true);
    assert.deepEqual(Buffer.from((await nodeB.get(key(1)))!.bytes), Buffer.from(entry(5000).bytes));
    const names = await readdir(join(dir, "objects", key(1).slice(0, 2)));
    assert.deepEqual(names, [`${key(1)}.pfc`]);
    await nodeB.delete(key(1));
    assert.equal(await nodeA.get(key(1)), undefined);
  });

  it("deletes a truncated file and reports it missing, counting it as corrupt", async () => {
    const dir = await scratchDir();
    const tier = new SharedDirTier(dir, { maxBytes: 1e7 });
    await tier.put(key(3), entry(5000));
    const file = join(dir, "objects", key(3).slice(0, 2), `${key(3)}.pfc`);
    await truncate(file, 3000);
    assert.equal(await tier.get(key(3)), undefined);
    assert.equal(tier.corruptEntries, 1);
    assert.equal(existsSync(file), false);
  });

  it("keeps the directory within its budget by deleting the least recently used files, whoever wrote them", async () => {
    const dir = await scratchDir();
    const sealedSize = sealEntry(key(1), entry(10_000)).length;
    const budget = sealedSize * 5;
    const nodeA = new SharedDirTier(dir, { maxBytes: budget, scanIntervalMs: 0 });
    const nodeB = new SharedDirTier(dir, { maxBytes: budget, scanIntervalMs: 0 });
    for (let i = 1; i <= 5; i++) {
      await (i % 2 === 0 ? nodeA : nodeB).put(key(i), entry(10_000));
      // Distinct modification times, oldest first; key 1 was read last.
      const at = new Date(Date.now() - (10 - i) * 60_000);
      await utimes(join(dir, "objects", "00", `${key(i)}.pfc`), at, at);
    }
    const now = new Date();
    await utimes(join(dir, "objects", "00", `${key(1)}.pfc`), now, now);
    await nodeA.put(key(6), entry(10_000));
    assert.ok((await nodeA.bytes()) <= budget, `the directory holds ${await nodeA.bytes()} of ${budget} bytes`);
    assert.equal(await nodeB.has(key(2)), false, "the least recently used file went first");
    assert.equal(await nodeB.has(key(1)), true, "a recently read file stays");
    assert.equal(await nodeB.has(key(6)), true);
  });
});

/** Exclusion as every lease store must give it. */
function leaseContract(name: string, open: () => Promise<{ nodeA: LeaseProvider; nodeB: LeaseProvider }>) {
  it(`${name}: one holder at a time; the holder's release frees it; only the holder can renew`, async () => {
    const { nodeA, nodeB } = await open();
    const held = await nodeA.acquire(key(10), 10_000);
    assert.ok(held);
    assert.equal(await nodeB.acquire(key(10), 10_000), undefined);
    assert.equal(await held.renew(), true);
    await held.release();
    const next = await nodeB.acquire(key(10), 10_000);
    assert.ok(next, "free after release");
    await held.release();
    assert.equal(await nodeA.acquire(key(10), 10_000), undefined, "a late release by the former holder frees nothing");
    await next.release();
  });

  it(`${name}: a lease whose holder stopped renewing expires and can be taken`, async () => {
    const { nodeA, nodeB } = await open();
    const held = await nodeA.acquire(key(11), 300);
    assert.ok(held);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const taken = await nodeB.acquire(key(11), 10_000);
    assert.ok(taken, "the stale lease was broken");
    assert.equal(await held.renew(), false, "the former holder learns it lost the lease");
    await taken.release();
  });
}

describe("leases", () => {
  let redis: RunningServer;
  const clients: RedisLeases[] = [];
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await redis.stop();
  });

  leaseContract("lock files in a shared directory", async () => {
    const dir = await scratchDir();
    return { nodeA: new DirectoryLeases(dir), nodeB: new DirectoryLeases(dir) };
  });

  leaseContract("Redis SET NX PX", async () => {
    const pair = [new RedisLeases(redis.url, () => undefined), new RedisLeases(redis.url, () => undefined)] as const;
    clients.push(...pair);
    await Promise.all(pair.map((client) => client.connect()));
    return { nodeA: pair[0], nodeB: pair[1] };
  });
});

describe("single flight through a cache's leases", () => {
  it("runs the work of one caller at a time across caches; a waiter rechecks, and builds itself once its wait runs out", async () => {
    const dir = await scratchDir();
    const logged: string[] = [];
    const log = (level: string, message: string) => logged.push(`${level} ${message}`);
    const nodeA = createBuildCache({ shared: await openSharedCache<StoredMeta>(`file://${dir}`), log });
    const nodeB = createBuildCache({ shared: await openSharedCache<StoredMeta>(`file://${dir}`), log });
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const first = nodeA.exclusive("request one", 60_000, async (recheck) => {
      order.push(`A start ${recheck}`);
      await holding;
      order.push("A end");
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = nodeB.exclusive("request one", 60_000, async (recheck) => void order.push(`B ${recheck}`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(order, ["A start true"], "B waits while A holds the lease");
    release();
    await Promise.all([first, second]);
    assert.deepEqual(order, ["A start true", "A end", "B true"]);
    assert.equal(nodeB.stats().leaseWaits, 1);

    let stuck!: () => void;
    const never = nodeA.exclusive("request two", 60_000, () => new Promise<void>((resolve) => (stuck = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    assert.equal(await nodeB.exclusive("request two", 400, async (recheck) => recheck), true);
    assert.ok(Date.now() - started >= 400);
    assert.match(logged.join("\n"), /waited 400 ms for another node's build/);
    stuck();
    await never;
  });

  it("runs the work at once, counting the failure, when the lease store is down", async () => {
    const port = await freePort();
    const logged: string[] = [];
    const shared = await openSharedCache<StoredMeta>(`s3://${S3_BUCKET}/y?endpoint=http://127.0.0.1:${port}&region=us-east-1`, { lockUrl: `redis://127.0.0.1:${port}`, log: (level, message) => logged.push(`${level} ${message}`) });
    const cache = createBuildCache({ shared, log: (level, message) => logged.push(`${level} ${message}`) });
    assert.equal(await cache.exclusive("request", 60_000, async (recheck) => `ran ${recheck}`), "ran false");
    assert.equal(cache.stats().leaseErrors, 1);
    assert.match(logged.join("\n"), /Redis is not reachable now/);
    await cache.close();
  });
});

describe("the S3 tier (against s3rver)", () => {
  let s3: RunningServer;
  before(async () => {
    s3 = await startS3rver();
  });
  after(() => s3.stop());

  it("stores, finds, reports and deletes entries under its prefix, visible to another node's client", async () => {
    const nodeA = (await openSharedCache<StoredMeta>(`s3://${S3_BUCKET}/tiers/a?endpoint=${s3.url}`)).tier;
    const nodeB = (await openSharedCache<StoredMeta>(`s3://${S3_BUCKET}/tiers/a?endpoint=${s3.url}`)).tier;
    assert.equal(await nodeB.get(key(20)), undefined);
    await nodeA.put(key(20), entry(70_000));
    assert.equal(await nodeB.has(key(20)), true);
    const read = await nodeB.get(key(20));
    assert.ok(read);
    assert.deepEqual(Buffer.from(read.bytes), Buffer.from(entry(70_000).bytes));
    const otherPrefix = (await openSharedCache<StoredMeta>(`s3://${S3_BUCKET}/tiers/b?endpoint=${s3.url}`)).tier;
    assert.equal(await otherPrefix.has(key(20)), false, "prefixes keep deployments apart");
    await nodeB.delete(key(20));
    assert.equal(await nodeA.has(key(20)), false);
  });

  it("refuses and deletes a partial object instead of serving it", async () => {
    const tier = new S3Tier<StoredMeta>({ bucket: S3_BUCKET, prefix: "tiers/c", client: { endpoint: s3.url, forcePathStyle: true } });
    const sealed = sealEntry(key(21), entry(20_000));
    await tier.client.send(new PutObjectCommand({ Bucket: S3_BUCKET, Key: `tiers/c/objects/${key(21)}.pfc`, Body: sealed.subarray(0, 15_000) }));
    assert.equal(await tier.get(key(21)), undefined);
    assert.equal(tier.corruptEntries, 1);
    assert.equal(await tier.has(key(21)), false, "the damaged object was deleted");
  });

  it("when the store is unreachable, the cache misses, logs once and counts the errors, and does not throw", async () => {
    const port = await freePort();
    const logged: string[] = [];
    const shared = await openSharedCache<StoredMeta>(`s3://${S3_BUCKET}/x?endpoint=http://127.0.0.1:${port}`, { log: (level, message) => logged.push(`${level} ${message}`) });
    assert.match(logged.join("\n"), /not reachable now/);
    const cache = createBuildCache({ shared, log: (level, message) => logged.push(`${level} ${message}`) });
    await cache.set(key(22), entry(100));
    assert.equal((await cache.get(key(22)))?.bytes.byteLength, 100, "memory still answers");
    assert.equal(await cache.get(key(23)), undefined);
    assert.equal(await cache.getDescription(key(24)), undefined);
    const stats = cache.stats();
    assert.equal(stats.tier, "s3");
    assert.ok(stats.storeErrors >= 1, JSON.stringify(stats));
    assert.equal(stats.misses, 1);
    assert.equal(logged.filter((line) => line.startsWith("error")).length, 1, logged.join("\n"));
    await cache.close();
  });
});

describe("--cache and --cache-lock", () => {
  const refusals: Array<[string, RegExp, { lockUrl?: string }?]> = [
    ["http://example.com/cache", /file:\/\/ or s3:\/\//],
    ["not a url", /must be a URL/],
    ["file://fileserver/share", /directory on this machine/],
    ["file:///", /absolute directory other than \//],
    ["file:///tmp/x?max-bytes=lots", /max-bytes must be a size/],
    ["file:///tmp/x?max-bytes=10", /at least 1MiB/],
    ["file:///tmp/x?size=1GiB", /unknown option "size"/],
    ["s3://A_Bucket/prefix", /bucket name/],
    ["s3://bucket/prefix?path-style=yes", /path-style= must be true or false/],
    ["s3://bucket/prefix?endpoint=localhost:9000", /endpoint= must be an http/],
    ["s3://bucket/prefix?endpoint=http://127.0.0.1:1&region=us-east-1", /--cache-lock must be a redis/, { lockUrl: "http://127.0.0.1:6379" }],
  ];
  for (const [url, message, settings] of refusals) {
    it(`refuses ${url} saying what to write instead`, async () => {
      await assert.rejects(openSharedCache(url, settings), (error: Error & { code?: string }) => {
        assert.equal(error.code, "USAGE");
        assert.match(error.message, message);
        return true;
      });
    });
  }

  it("refuses a shared directory it cannot write", async () => {
    const dir = await scratchDir();
    await writeFile(join(dir, "file"), "x");
    await assert.rejects(openSharedCache(`file://${join(dir, "file")}`), /cannot be written/);
  });

  it("reads --cache, PARTFORGE_CACHE, --cache-lock and REDIS_URL; keeps the disk cache when none is given", () => {
    const serve = (argv: string[], env: Record<string, string> = {}) => {
      const command = parseCommandLine(["serve", ...argv], env);
      assert.equal(command.command, "serve");
      return command;
    };
    assert.deepEqual([serve([]).cache, serve([]).cacheLock], [undefined, undefined]);
    assert.equal(serve(["--cache", "file:///mnt/c"]).cache, "file:///mnt/c");
    assert.equal(serve([], { PARTFORGE_CACHE: "s3://b/p" }).cache, "s3://b/p");
    assert.equal(serve(["--cache-lock", "redis://a:1"], { REDIS_URL: "redis://b:2" }).cacheLock, "redis://a:1");
    assert.equal(serve([], { REDIS_URL: "redis://b:2" }).cacheLock, "redis://b:2");
    assert.throws(() => serve(["--cache", "/mnt/cache"]), /--cache must be a file:\/\/\/directory or s3:\/\/bucket\/prefix URL/);
  });

  it("keeps leases apart from entries, and removes a released lease's file", async () => {
    const dir = await scratchDir();
    const { tier, leases } = await openSharedCache<StoredMeta>(`file://${dir}`);
    const held = await leases!.acquire(key(30), 1000);
    await held!.release();
    assert.equal(await tier.has(key(30)), false);
    assert.deepEqual(await readdir(join(dir, "leases")), []);
  });
});
