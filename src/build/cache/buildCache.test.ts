import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModelDescription } from "../../modelscript/index.ts";
import { createBuildCache, ENTRY_OVERHEAD_BYTES, type CachedBuild } from "./buildCache.ts";

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
