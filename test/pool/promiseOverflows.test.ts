/**
 * Through a real pool (issue 12, point 3): a stack overflow raised inside partforge's own code
 * and caught by V8 itself — a Promise executor, reaction, thenable job or `finally` callback,
 * an iterator's `return` that `for … of` discards — with no script frame in between, retires the
 * slot however the script observes the rejection (or ignores it), and its result is not cached.
 * Each case overflows in partforge's recursion over a deep `metadata` object, called through a
 * bound `Reflect.apply`, so the script's instrumented frames never see the error on its way.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildCache, type BuildCache } from "../../src/build/cache/index.ts";
import { createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";

let pool: BuildPool;
let cache: BuildCache;

before(async () => {
  cache = createBuildCache({});
  pool = await createBuildPool({ size: 1, spare: 1, warmupBuilds: 1, cache, log: () => undefined });
});

after(() => pool.close());

/** Deep enough to overflow partforge's copy of `metadata` from any starting depth. */
const OVERFLOWING_DEPTH = 100_000;

/**
 * `overflowing(...)` calls `Assembly(null, { metadata })`, ignoring its own arguments; with a
 * `metadata` nested `depth` levels deep. `Assembly` copies it recursively.
 */
const prelude = (depth: number) =>
  `let deep = {};\nfor (let i = 0; i < ${depth}; i++) deep = { a: deep };\nconst overflowing = Reflect.apply.bind(undefined, Assembly, undefined, [null, { metadata: deep }]);\n`;

/** What the build does before returning a box; each leaves V8 to catch what `overflowing` throws. */
const CASES: ReadonlyArray<[string, string]> = [
  ["a Promise executor, handled by catch()", `new Promise(overflowing).catch(() => 0);`],
  ["a Promise executor, handled by then()'s second argument", `new Promise(overflowing).then(undefined, () => 0);`],
  ["a then() reaction that is an API function", `Promise.resolve({ metadata: deep }).then(Assembly.bind(undefined, null)).catch(() => 0);`],
  ["a Promise executor, read from Promise.allSettled()'s result", `Promise.allSettled([new Promise(overflowing)]).then((results) => results[0].reason.name);`],
  ["a reaction, read from Promise.any()'s AggregateError", `Promise.any([Promise.resolve().then(overflowing)]).catch((aggregate) => aggregate.errors.length);`],
  ["a finally() callback", `Promise.reject(new Error("first")).finally(overflowing).catch(() => 0);`],
  ["a thenable whose then is an API function", `Promise.resolve({ then: overflowing }).catch(() => 0);`],
  ["a Promise executor whose rejection nobody handles", `new Promise(overflowing);`],
  [
    "Promise.all()'s synchronous call of a thenable's then, handed to the script's own reject",
    `let reason;\nfunction Capture(executor) { executor(() => 0, (rejected) => { reason = rejected; }); }\nCapture.resolve = () => ({ then: overflowing });\nPromise.all.call(Capture, [0]);`,
  ],
  [
    "an iterator's return(), whose error for…of discards",
    `const endless = { [Symbol.iterator]: () => ({ next: () => ({ value: 0, done: false }), return: overflowing }) };\ntry { for (const item of endless) throw new Error("leave the loop"); } catch (e) {}`,
  ],
];

const source = (depth: number, body: string) =>
  `${prelude(depth)}export function build() {\n${body}\n  return Workplane("XY").box(3, 2, 1);\n}\n`;

function succeeded(result: BuildResult): Extract<BuildResult, { ok: true }> {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  return result;
}

describe("stack overflows that V8 catches for partforge's code", () => {
  for (const [where, body] of CASES) {
    it(`retires the slot when partforge's code overflows in ${where}, and caches nothing`, async () => {
      const retired = pool.health().recycles.overflow;
      const result = succeeded(await pool.build({ source: source(OVERFLOWING_DEPTH, body), language: "js", type: "stl" }));
      assert.equal(result.cache, "miss");
      assert.equal(pool.health().recycles.overflow, retired + 1, "the slot was not retired for the overflow");
      assert.equal(await cache.get(result.contentKey), undefined, "the retired slot's result was cached");
    });
  }

  it("keeps the slot and caches the result when the same calls end without an overflow or with ordinary errors", async () => {
    const ordinary = `new Promise(Sketch).catch(() => 0);\nPromise.resolve({ then: Workplane.prototype.box }).catch(() => 0);\n`;
    const body = ordinary + CASES.map(([, code]) => `{\n${code}\n}`).join("\n");
    const retired = pool.health().recycles;
    assert.equal(succeeded(await pool.build({ source: source(3, body), language: "js", type: "stl" })).cache, "miss");
    assert.equal(succeeded(await pool.build({ source: source(3, body), language: "js", type: "stl" })).cache, "hit");
    assert.deepEqual(pool.health().recycles, retired);
  });
});
