/**
 * Through a real pool (issue 12, point 3): a build after which the slot is suspect retires its
 * slot before the next build, and what such a slot produced is never cached.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildCache } from "../../src/build/cache/index.ts";
import { createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";

let pool: BuildPool;

before(async () => {
  pool = await createBuildPool({ size: 1, spare: 1, warmupBuilds: 1, cache: createBuildCache({}), log: () => undefined });
});

after(() => pool.close());

/** Makes kernel objects from a microtask, after build() returned and its scope closed. */
const LATE_KERNEL_WORK = `export const METADATA = { name: "Late" };
export function build() {
  Promise.resolve().then(() => { try { Workplane("XY").box(1, 1, 1); } catch (e) {} });
  return Workplane("XY").box(2, 2, 2);
}
`;
const PLAIN = `export const METADATA = { name: "Plain" };\nexport function build() { return Workplane("XY").box(3, 2, 1); }\n`;
const REVOKED_OPTIONS = `export function build() {\n  const p = Proxy.revocable({}, {});\n  p.revoke();\n  return Workplane("XY").workplane(p.proxy);\n}\n`;

function cacheState(result: BuildResult): string {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  return result.cache;
}

describe("retiring suspect slots", () => {
  it("retires the slot of a build that made kernel objects after build() returned, and caches nothing it produced", async () => {
    const retired = pool.health().recycles.integrity;
    assert.equal(cacheState(await pool.build({ source: LATE_KERNEL_WORK, language: "js", type: "stl" })), "miss");
    assert.equal(pool.health().recycles.integrity, retired + 1);
    assert.equal(cacheState(await pool.build({ source: LATE_KERNEL_WORK, language: "js", type: "stl" })), "miss", "the suspect slot's result was cached");
  });

  it("still caches an ordinary build", async () => {
    assert.equal(cacheState(await pool.build({ source: PLAIN, language: "js", type: "stl" })), "miss");
    assert.equal(cacheState(await pool.build({ source: PLAIN, language: "js", type: "stl" })), "hit");
  });

  it("retires the slot after an exception raised inside partforge code, and answers the script error", async () => {
    const retired = pool.health().recycles.internal;
    const result = await pool.build({ source: REVOKED_OPTIONS, language: "js", type: "stl" });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, "SCRIPT_EXCEPTION");
    assert.equal(pool.health().recycles.internal, retired + 1);
  });
});
