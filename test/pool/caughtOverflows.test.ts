/**
 * Through a real pool (issue 12, point 3): a build that catches a stack overflow anywhere and
 * returns normally retires its slot like one whose overflow escaped; its result is not cached,
 * and the next build runs in a fresh slot.
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

const DEEPER = `function deeper(n) { return deeper(n + 1) + 1; }`;
const BOX = `Workplane("XY").box(3, 2, 1)`;

/** Each swallows a stack overflow and returns a box: `build()` succeeds. */
const CAUGHT: ReadonlyArray<[string, string]> = [
  ["in its own recursion", `${DEEPER}\nexport function build() {\n  try { deeper(0); } catch (e) {}\n  return ${BOX};\n}\n`],
  [
    // As the hygiene test's dives: find the deepest reachable level, then call the API in the
    // last levels above it, so that it overflows at every depth inside Sketch() and derive().
    "around Sketch() and derive() at every depth near the limit",
    `const evil = Sketch().push([[7, 3]]);\nlet limit = -1;\nfunction dive(d, call) {\n  if (limit >= 0 && d >= limit - 200) { try { call(d); } catch (e) {} }\n  try { dive(d + 1, call); } catch (e) { if (limit < 0) limit = d; }\n}\nexport function build() {\n  dive(0, () => undefined);\n  dive(0, (d) => { evil.push([[d, 1]]); Sketch(); });\n  return ${BOX};\n}\n`,
  ],
  // At the very edge: the call overflows entering the callee, the hook's own call overflows too,
  // and the finally in the same frame discards both.
  ["with finally { return } in every frame of its recursion", `function edge(d) { try { edge(d + 1); } finally { return d; } }\nexport function build() {\n  edge(0);\n  return ${BOX};\n}\n`],
  ["in a Promise executor run after build() returned", `${DEEPER}\nexport function build() {\n  Promise.resolve().then(() => new Promise(() => deeper(0)).catch(() => 0));\n  return ${BOX};\n}\n`],
];

function succeeded(result: BuildResult): Extract<BuildResult, { ok: true }> {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  return result;
}

/** The id of the slot that served the last build: the one whose count of builds grew. */
function servingSlot(before: Map<number, number>): number | undefined {
  return pool.health().slots.find((slot) => slot.buildsServed > (before.get(slot.id) ?? 0))?.id;
}

function slotCounts(): Map<number, number> {
  return new Map(pool.health().slots.map((slot) => [slot.id, slot.buildsServed]));
}

describe("caught stack overflows", () => {
  for (const [where, source] of CAUGHT) {
    it(`retires the slot of a build that caught a stack overflow ${where}, caches nothing, and builds next in a fresh slot`, async () => {
      const retired = pool.health().recycles.overflow;
      const before = slotCounts();
      const first = succeeded(await pool.build({ source, language: "js", type: "stl" }));
      const attackSlot = servingSlot(before);
      assert.equal(first.cache, "miss");
      assert.equal(pool.health().recycles.overflow, retired + 1, "the slot was not retired for the overflow");
      assert.equal(await cache.get(first.contentKey), undefined, "the retired slot's result was cached");
      const state = pool.health().slots.find((slot) => slot.id === attackSlot)?.state;
      assert.ok(state === undefined || state === "retiring" || state === "exited", `the retired slot is still in service (${state})`);

      const beforeSecond = slotCounts();
      const second = succeeded(await pool.build({ source, language: "js", type: "stl" }));
      assert.equal(second.cache, "miss", "the second identical request was answered from the cache");
      assert.notEqual(servingSlot(beforeSecond), attackSlot, "the next build ran in the retired slot");
      assert.equal(pool.health().recycles.overflow, retired + 2);
    });
  }

  it("refuses a retireOnCaughtOverflow that is not a boolean, naming the option", async () => {
    await assert.rejects(createBuildPool({ retireOnCaughtOverflow: "no" as unknown as boolean }), (error: Error & { code?: string }) => {
      assert.equal(error.code, "USAGE");
      assert.equal(error.message, "build pool option retireOnCaughtOverflow must be true or false; got no");
      return true;
    });
  });

  it("keeps the slot and caches the result of a build that catches only ordinary errors", async () => {
    const source = `export function build() {\n  try { null.x; } catch {}\n  try { throw new RangeError("out of range"); } catch (e) {} finally { 0; }\n  return ${BOX};\n}\n`;
    const retired = pool.health().recycles;
    assert.equal(succeeded(await pool.build({ source, language: "js", type: "stl" })).cache, "miss");
    assert.equal(succeeded(await pool.build({ source, language: "js", type: "stl" })).cache, "hit");
    assert.deepEqual(pool.health().recycles, retired);
  });
});
