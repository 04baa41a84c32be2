/**
 * A build can be cancelled through an `AbortSignal`: a queued one leaves the queue without a
 * slot, a running one's slot is killed and replaced, and both answer CANCELLED.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";

const SPIN = "export function build() { for (;;) {} }\n";
const BOX = 'export function build() { return Workplane("XY").box(3, 2, 1); }\n';

describe("cancelling builds in a pool of one slot", () => {
  let pool: BuildPool;
  before(async () => {
    pool = await createBuildPool({ size: 1, spare: 1, warmupBuilds: 1, log: () => undefined });
    await pool.warm();
  });
  after(() => pool.close());

  it("answers a queued build CANCELLED without a slot, and a running one CANCELLED with its slot replaced; the next build works", async () => {
    const runningControl = new AbortController();
    const queuedControl = new AbortController();
    const running = pool.build({ source: SPIN, language: "js", type: "stl", tenant: "a" }, undefined, runningControl.signal);
    while (pool.health().running === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const queued = pool.build({ source: `${SPIN}// queued\n`, language: "js", type: "stl", tenant: "b" }, undefined, queuedControl.signal);
    while (pool.health().queued === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const served = pool.health().buildsServed;
    queuedControl.abort();
    const queuedResult = await queued;
    assert.equal(!queuedResult.ok && queuedResult.error.code, "CANCELLED");
    assert.equal(queuedResult.computeMs, 0, "no slot ran it");
    assert.equal(typeof queuedResult.queueMs, "number");
    assert.equal(pool.health().queued, 0);
    runningControl.abort();
    const runningResult = await running;
    assert.equal(!runningResult.ok && runningResult.error.code, "CANCELLED");
    assert.match(!runningResult.ok ? runningResult.error.message : "", /cancelled by its caller/);
    assert.ok(runningResult.computeMs > 0, "the slot time it used is charged");
    assert.equal(pool.health().recycles.cancel, 1);
    assert.equal(pool.health().recycles.crash, 0, "a cancel is not counted as a crash");
    assert.equal(pool.health().buildsServed, served + 1);
    const next = await pool.build({ source: BOX, language: "js", type: "stl", tenant: "a" });
    assert.ok(next.ok, JSON.stringify(!next.ok && next.error));
  });

  it("answers an already aborted signal CANCELLED at once", async () => {
    const result = await pool.build({ source: BOX, language: "js", type: "stl" }, undefined, AbortSignal.abort());
    assert.equal(!result.ok && result.error.code, "CANCELLED");
  });
});
