/**
 * Whether a build runs out of kernel memory must not depend on what its slot ran before. The
 * kernel's allocator does not always reuse what earlier builds freed: the cycloidal-gear port to
 * STEP and then STL takes a new slot's WebAssembly memory from 100 to ~486 MiB; with the recycle
 * mark at the 1 GiB cap (an operator's setting; at the default 512 MiB the slot is replaced one
 * build later) and no operation memo to make the next builds hits, the same configuration's next
 * STL build then needs more than the cap, which a new slot never does. The pool runs such a build
 * again, once, in a slot that has served nothing yet (`SlotScheduler.#mayRetry`), and answers
 * with that run.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createBuildPool, type BuildPool, type BuildResult } from "../../src/build/pool/index.ts";

const GEAR = readFileSync(new URL("../conformance/ports/examples-cycloidal-gear.ts", import.meta.url), "utf8");

function bytesOf(result: BuildResult): Uint8Array {
  assert.equal(result.ok, true, result.ok ? "" : `${result.error.code}: ${result.error.message}`);
  return (result as Extract<BuildResult, { ok: true }>).bytes;
}

describe("a build that runs out of kernel memory in a slot that served builds before", () => {
  let pool: BuildPool;
  before(async () => {
    pool = await createBuildPool({ size: 1, spare: 0, memoBudgetMb: 0, wasmRecycleBytes: 1024 * 1024 * 1024, timeoutMs: 300_000, log: () => undefined });
  });
  after(() => pool.close());

  it("runs again in a new slot and answers as a new slot does", async () => {
    const request = { source: GEAR, language: "ts", type: "stl" } as const;
    bytesOf(await pool.build({ ...request, type: "step" }));
    const first = bytesOf(await pool.build(request));
    const kept = pool.health().slots.find((slot) => slot.state === "idle" || slot.state === "busy");
    assert.ok(kept !== undefined && kept.buildsServed === 2, "the slot is kept after the first two builds");
    bytesOf(await pool.build({ ...request, type: "step" }));
    const again = await pool.build(request);
    assert.equal(pool.health().recycles.memory, 1, "the scenario this test needs: the slot that had served three builds ran out of kernel memory (if the kernel's allocator now reuses freed memory, this test has nothing left to check)");
    assert.deepEqual(bytesOf(again), first);
  });
});
