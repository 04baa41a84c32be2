/**
 * A rebuild of the same script for the same account goes back to the slot that built it last
 * when that slot is free (issue 15, point 3), where the operation memo holds its operations.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";

const PLATE = `import { Workplane, FloatParam } from "partforge";
export const p_hole = FloatParam({ min: 1, max: 20, default: 5 });
export function build() {
  return Workplane("XY").box(40, 30, 6).faces(">Z").workplane().hole(p_hole.value).edges("|Z").fillet(2);
}
`;
/** Keeps its slot busy long enough for the next request to go to the other slot. */
const BUSY = `export function build() { let x = 0; for (let i = 0; i < 300_000_000; i++) x = (x + i) % 7; return Workplane("XY").box(1, 1, 1 + x); }`;

let pool: BuildPool;

before(async () => {
  pool = await createBuildPool({ size: 2, spare: 0, warmupBuilds: 1, timeoutMs: 20_000, memoBudgetMb: 16, memoKeepMinMs: 0, log: () => undefined });
});

after(() => pool?.close());

function counts(): Map<number, number> {
  return new Map(pool.health().slots.map((slot) => [slot.id, slot.buildsServed]));
}

function served(before: Map<number, number>): number | undefined {
  return pool.health().slots.find((slot) => slot.buildsServed > (before.get(slot.id) ?? 0))?.id;
}

function ok(result: BuildResult, what: string): asserts result is Extract<BuildResult, { ok: true }> {
  assert.ok(result.ok, `${what} failed: ${JSON.stringify(!result.ok && result.error)}`);
}

describe("routing rebuilds to their last slot", () => {
  it("sends an account's rebuild of a script to the slot that built it last, though another slot is free first, and that slot reuses its operations", async () => {
    const beforeFirst = counts();
    const busy = pool.build({ source: BUSY, language: "js", type: "stl", tenant: "acc_other" });
    // Let the busy build take the first slot before the plate is queued.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const first = await pool.build({ source: PLATE, language: "ts", type: "stl", values: { p_hole: 5 }, tenant: "acc_route" });
    ok(first, "the first plate build");
    const busyResult = await busy;
    ok(busyResult, "the busy build");
    const firstSlots = pool.health().slots.filter((slot) => slot.buildsServed > (beforeFirst.get(slot.id) ?? 0)).map((slot) => slot.id);
    assert.equal(firstSlots.length, 2, "the plate and the busy build did not run in two different slots: the test would prove nothing");

    const beforeSecond = counts();
    const second = await pool.build({ source: PLATE, language: "ts", type: "stl", values: { p_hole: 6 }, tenant: "acc_route" });
    ok(second, "the rebuild");
    // Each slot has its own memo: reuse means the rebuild ran where the plate was built.
    assert.ok((second.timings?.reusedOperations ?? 0) > 0, `the rebuild reused no operation of the first build, so it ran in the other slot (${JSON.stringify(second.timings)})`);
    assert.notEqual(served(beforeSecond), pool.health().slots[0]!.id, "the plate was built in the first slot, which any build takes when all are free: the test proves nothing");
  });

  it("sends another account's build of the same script to the first free slot, not by the first account's history", async () => {
    const before = counts();
    const result = await pool.build({ source: PLATE, language: "ts", type: "stl", values: { p_hole: 7 }, tenant: "acc_stranger" });
    ok(result, "the stranger's build");
    assert.equal(result.timings?.reusedOperations, 0, "another account's build reused operations");
    assert.equal(served(before), pool.health().slots[0]!.id, "another account's build did not go to the first free slot");
  });

  it("refuses a memoKeepMinMs that is not a number of milliseconds of at least 0, before starting any slot", async () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, "1" as unknown as number]) {
      await assert.rejects(createBuildPool({ memoBudgetMb: 16, memoKeepMinMs: bad, log: () => undefined }), (error: Error & { code?: string }) => {
        assert.equal(error.code, "USAGE");
        assert.match(error.message, /build pool option memoKeepMinMs must be a number of milliseconds of at least 0; got /);
        return true;
      });
    }
  });
});
