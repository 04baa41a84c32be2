/**
 * The build cache: its key, its memory and disk stores, single-flight, and — through a real
 * pool — hits that need no slot, coalesced identical requests and byte-identical outputs.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { access, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCacheKey, ByteLru, createBuildCache, engineVersion, openSharedCache, SingleFlight, type BuildCache, type CachedBuild, type StoredMeta } from "../../src/build/cache/index.ts";
import { DiskStore } from "../../src/build/cache/diskStore.ts";
import { DEFAULT_EXPORT_OPTIONS, buildModel } from "../../src/build/index.ts";
import { BuildKeys, createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";

const KEY_PARTS = {
  engine: "test-engine",
  scriptSha256: "a".repeat(64),
  values: { p_a: 1, p_b: "x" },
  format: "stl" as const,
  options: { ...DEFAULT_EXPORT_OPTIONS },
};

function entry(size: number, name = "part"): CachedBuild {
  return {
    bytes: new Uint8Array(size).fill(7),
    meta: {
      format: "stl",
      mediaType: "model/stl",
      fileName: `${name}.stl`,
      description: { metadata: { name }, uom: "mm", version: "1.0", parameters: [], groups: [], presets: { default: {} } },
      values: {},
      buildMs: 1,
    },
  };
}

const directories: string[] = [];
/** Which of `keys` have a file in the disk store at `dir`, sorted. */
async function present(dir: string, keys: string[]): Promise<string[]> {
  const found = await Promise.all(keys.map((key) => access(join(dir, key.slice(0, 2), `${key}.bin`)).then(() => key, () => undefined)));
  return found.filter((key) => key !== undefined).sort();
}

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "partforge-cache-test-"));
  directories.push(dir);
  return dir;
}
after(() => Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("the cache key", () => {
  it("is the same whatever order the values were given in", () => {
    assert.equal(buildCacheKey(KEY_PARTS), buildCacheKey({ ...KEY_PARTS, values: { p_b: "x", p_a: 1 } }));
  });

  it("changes with the engine, the script, any value, the format and the mesh options", () => {
    const base = buildCacheKey(KEY_PARTS);
    for (const changed of [
      { ...KEY_PARTS, engine: "other" },
      { ...KEY_PARTS, scriptSha256: "b".repeat(64) },
      { ...KEY_PARTS, values: { p_a: 2, p_b: "x" } },
      { ...KEY_PARTS, format: "step" as const },
      { ...KEY_PARTS, options: { ...KEY_PARTS.options, tolerance: 0.5 } },
      { ...KEY_PARTS, options: { ...KEY_PARTS.options, ascii: true } },
    ]) {
      assert.notEqual(buildCacheKey(changed), base);
    }
  });

  it("ignores mesh tolerances for STEP, which does not use them", () => {
    const step = { ...KEY_PARTS, format: "step" as const };
    assert.equal(buildCacheKey(step), buildCacheKey({ ...step, options: { ...step.options, tolerance: 0.5, ascii: true } }));
  });

  it("names the engine and the versions that shape the output", () => {
    assert.match(engineVersion(), /^partforge@\S+ rev\d+ replicad@\S+ replicad-opencascadejs@\S+ ses@\S+ node\d+$/);
  });
});

describe("the memory store", () => {
  it("keeps the total size within its budget, dropping the least recently used first", () => {
    const lru = new ByteLru<Uint8Array>(100, (bytes) => bytes.byteLength);
    lru.set("a", new Uint8Array(40));
    lru.set("b", new Uint8Array(40));
    lru.get("a");
    lru.set("c", new Uint8Array(40));
    assert.equal(lru.get("b"), undefined);
    assert.ok(lru.get("a") && lru.get("c"));
    assert.ok(lru.bytes <= 100);
    lru.set("huge", new Uint8Array(101));
    assert.equal(lru.get("huge"), undefined);
  });
});

describe("the disk store", () => {
  it("reads back exactly what it wrote, from a new instance too (a restarted service)", async () => {
    const dir = await scratchDir();
    const key = "c".repeat(64);
    await new DiskStore(dir, 1e6).set(key, entry(1000, "kept"));
    const read = await new DiskStore<CachedBuild["meta"]>(dir, 1e6).get(key);
    assert.ok(read);
    assert.deepEqual(read.bytes, entry(1000).bytes);
    assert.equal(read.meta.fileName, "kept.stl");
  });

  it("stays within its byte budget, removing the least recently used files", async () => {
    const dir = await scratchDir();
    const store = new DiskStore<CachedBuild["meta"]>(dir, 5000);
    for (const digit of "1234") {
      await store.set(digit.repeat(64), entry(1500));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    assert.ok((await store.bytes()) <= 5000);
    assert.equal(await store.get("1".repeat(64)), undefined);
    assert.ok(await store.get("4".repeat(64)));
  });

  it("evicts in use order, as a reference LRU does, for random reads and writes within one millisecond", async (t) => {
    // Sizes ~1,150–2,050 (header included), budget 5000: two to four files fit. The clock stands
    // still, as it does for uses closer together than a millisecond, which a last-use timestamp
    // cannot order.
    t.mock.timers.enable({ apis: ["Date"], now: 1_700_000_000_000 });
    const dir = await scratchDir();
    const store = new DiskStore<CachedBuild["meta"]>(dir, 5000);
    const model = new Map<string, number>();
    let modelBytes = 0;
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const keys = [..."0123456789ab"].map((digit) => digit.repeat(64));
    for (let step = 0; step < 300; step += 1) {
      const key = keys[random(keys.length)]!;
      if (random(3) === 0) {
        const read = await store.get(key);
        assert.equal(read !== undefined, model.has(key), `step ${step}: a read of ${key.slice(0, 1)} agrees with the model`);
        if (model.has(key)) {
          const size = model.get(key)!;
          model.delete(key);
          model.set(key, size);
        }
      } else {
        const written = entry(900 + random(10) * 100);
        await store.set(key, written);
        const size = 4 + Buffer.byteLength(JSON.stringify(written.meta)) + written.bytes.length;
        modelBytes -= model.get(key) ?? 0;
        model.delete(key);
        model.set(key, size);
        modelBytes += size;
        for (const oldest of model.keys()) {
          if (modelBytes <= 5000) break;
          modelBytes -= model.get(oldest)!;
          model.delete(oldest);
        }
      }
      assert.deepEqual(await present(dir, keys), [...model.keys()].sort(), `step ${step}: the same files are kept`);
      assert.equal(await store.bytes(), modelBytes);
    }
  });

  it("orders the files it finds after a restart by their last use, and writes into a bucket removed under it", async () => {
    const dir = await scratchDir();
    const first = new DiskStore<CachedBuild["meta"]>(dir, 1e6);
    for (const digit of "123") await first.set(digit.repeat(64), entry(1500));
    const now = Date.now() / 1000;
    // Last used: 2 first, then 3, then 1.
    await utimes(join(dir, "22", `${"2".repeat(64)}.bin`), now - 30, now - 30);
    await utimes(join(dir, "33", `${"3".repeat(64)}.bin`), now - 20, now - 20);
    await utimes(join(dir, "11", `${"1".repeat(64)}.bin`), now - 10, now - 10);
    const restarted = new DiskStore<CachedBuild["meta"]>(dir, 6000);
    await restarted.set("4".repeat(64), entry(1500));
    assert.deepEqual(await present(dir, [..."1234"].map((digit) => digit.repeat(64))), ["1".repeat(64), "3".repeat(64), "4".repeat(64)]);
    await rm(join(dir, "55"), { recursive: true, force: true });
    await restarted.set("5".repeat(64), entry(10));
    await rm(join(dir, "55"), { recursive: true });
    await restarted.set("5".repeat(64), entry(20));
    assert.ok(await restarted.get("5".repeat(64)));
  });

  it("treats a damaged file as a miss and removes it", async () => {
    const dir = await scratchDir();
    const store = new DiskStore<CachedBuild["meta"]>(dir, 1e6);
    const key = "e".repeat(64);
    await store.set(key, entry(10));
    await writeFile(join(dir, "ee", `${key}.bin`), "garbage");
    assert.equal(await store.get(key), undefined);
    assert.deepEqual(await readdir(join(dir, "ee")), []);
  });
});

describe("single flight", () => {
  it("runs concurrent calls with one key once and gives all of them its result", async () => {
    const flights = new SingleFlight<number>();
    let runs = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++runs), 20));
    const results = await Promise.all([flights.run("k", slow), flights.run("k", slow), flights.run("k", slow), flights.run("other", slow)]);
    assert.equal(runs, 2);
    assert.deepEqual(results.map((result) => result.shared), [false, true, true, false]);
    assert.equal(results[0]!.value, results[2]!.value);
  });
});

describe("a pool with a cache", () => {
  const SCRIPT = `import { Workplane, FloatParam, StringParam } from "partforge";
export const METADATA = { name: "Cached" };
export const p_size = FloatParam({ min: 1, max: 50, default: 10 });
export const p_label = StringParam({ default: "A1", pattern: "[A-Z][0-9]+" });
export function build() { return Workplane("XY").box(p_size.value, p_size.value, 5).faces(">Z").workplane().hole(2); }
`;
  let pool: BuildPool;
  let dir: string;

  before(async () => {
    dir = await scratchDir();
    pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 1, cache: createBuildCache({ dir }), log: () => undefined });
  });
  after(() => pool.close());

  const request = (values: Record<string, string>) => ({ source: SCRIPT, language: "ts" as const, type: "stl" as const, values });
  const ok = (result: BuildResult) => {
    assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    return result;
  };

  it("coalesces identical concurrent requests into one build", async () => {
    const served = pool.health().buildsServed;
    const results = (await Promise.all(Array.from({ length: 5 }, () => pool.build(request({ p_size: "12" }))))).map(ok);
    assert.equal(pool.health().buildsServed - served, 1);
    assert.ok(results.every((result) => result.contentKey === results[0]!.contentKey && Buffer.from(result.bytes).equals(Buffer.from(results[0]!.bytes))));
  });

  it("answers a repeated request from the cache, without a slot, with the same key and bytes", async () => {
    const first = ok(await pool.build(request({ p_size: "20" })));
    const served = pool.health().buildsServed;
    const again = ok(await pool.build(request({ p_size: "20" })));
    assert.equal(first.cache, "miss");
    assert.equal(again.cache, "hit");
    assert.equal(pool.health().buildsServed, served);
    assert.equal(again.contentKey, first.contentKey);
    assert.ok(Buffer.from(again.bytes).equals(Buffer.from(first.bytes)));
    assert.equal(again.fileName, "Cached.stl");
  });

  it("keys by resolved values: 20, 20.0 and 2e1 are the same build", async () => {
    const first = ok(await pool.build(request({ p_size: "20" })));
    for (const spelling of ["20.0", "2e1"]) {
      const same = ok(await pool.build(request({ p_size: spelling })));
      assert.equal(same.cache, "hit");
      assert.equal(same.contentKey, first.contentKey);
    }
  });

  it("still lets the slot reject a value that fails its pattern (patterns never run in the pool's process)", async () => {
    const result = await pool.build(request({ p_label: "lowercase" }));
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, "PARAM_INVALID");
  });

  it("produces the same bytes as an uncached in-process build of the same key", async () => {
    const pooled = ok(await pool.build(request({ p_size: "33" })));
    const direct = await buildModel({ source: SCRIPT, language: "ts", type: "stl", values: { p_size: "33" } });
    assert.ok(Buffer.from(pooled.bytes).equals(Buffer.from(direct.bytes)));
  });

  it("refuses a script with a 1 MB desc with DESCRIPTION_TOO_LARGE naming the field, on build and describe, and keeps nothing of it", async () => {
    const huge = `export const METADATA = { name: "Huge" };\nexport const p_a = FloatParam({ default: 1, desc: "x".repeat(1 << 20) });\nexport function build() { return Workplane("XY").box(1, 1, 1); }\n`;
    const before = pool.health().cache!.memoryBytes;
    for (const result of [await pool.build({ source: huge, language: "ts", type: "stl" }), await pool.describe({ source: huge, language: "ts" })]) {
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.error.code, "DESCRIPTION_TOO_LARGE");
      assert.equal(!result.ok && result.error.details?.field, "p_a.desc");
    }
    assert.equal(pool.health().cache!.memoryBytes, before);
  });

  it("serves from disk after a restart (a new cache over the same directory)", async () => {
    const first = ok(await pool.build(request({ p_size: "41" })));
    const restarted = createBuildCache({ dir });
    const cached = await restarted.get(first.contentKey);
    assert.ok(cached);
    assert.ok(Buffer.from(cached.bytes).equals(Buffer.from(first.bytes)));
    assert.equal((await restarted.getDescription(createHashOf(SCRIPT)))?.metadata.name, "Cached");
  });
});

describe("a pool's content keys", () => {
  const SCRIPT = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Keyed" };
export const p_size = FloatParam({ min: 1, max: 50, default: 10 });
export function build() { return Workplane("XY").box(p_size.value, p_size.value, 5); }
`;
  const caches: Record<string, () => Promise<BuildCache>> = {
    "a disk cache": async () => createBuildCache({ dir: await scratchDir() }),
    "a shared directory with leases (the lease holder rechecks the store)": async () => createBuildCache({ shared: await openSharedCache<StoredMeta>(`file://${await scratchDir()}`), log: () => undefined }),
  };

  /** `run`, counting the content keys the pool's `BuildKeys` computes meanwhile. */
  async function countingKeys<T>(run: () => Promise<T>): Promise<{ value: T; keys: number }> {
    const computeKey = BuildKeys.prototype.contentKey;
    let keys = 0;
    BuildKeys.prototype.contentKey = function (this: BuildKeys, ...args) {
      keys += 1;
      return computeKey.apply(this, args);
    };
    try {
      return { value: await run(), keys };
    } finally {
      BuildKeys.prototype.contentKey = computeKey;
    }
  }

  for (const [name, open] of Object.entries(caches)) {
    it(`${name}: computes a build's key once, before the build when the description is known, as the slot's values give it`, async () => {
      const cache = await open();
      const pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 0, cache, log: () => undefined });
      try {
        const build = (p_size: string) => countingKeys(() => pool.build({ source: SCRIPT, language: "ts", type: "stl", values: { p_size } }));
        const unknown = await build("12");
        const known = await build("13");
        const repeated = await build("13");
        assert.deepEqual(
          [unknown, known, repeated].map(({ value, keys }) => [value.ok && value.cache, keys]),
          [["miss", 1], ["miss", 1], ["hit", 0]],
          "[cache state, content keys computed] for a first build, a build with new values, a repeat",
        );
        for (const { value } of [unknown, known]) {
          assert.ok(value.ok);
          const fromValues = buildCacheKey({ engine: engineVersion(), scriptSha256: createHashOf(SCRIPT), values: value.values, format: "stl", options: { ...DEFAULT_EXPORT_OPTIONS } });
          assert.equal(value.contentKey, fromValues);
          assert.ok(await cache.get(fromValues), "stored under its key");
        }
      } finally {
        await pool.close();
        await cache.close();
      }
    });
  }
});

function createHashOf(source: string): string {
  return createHash("sha256").update(source).digest("hex");
}
