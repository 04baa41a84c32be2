/**
 * A worker's readiness (what `partforge worker --health-port` answers): ready only while its
 * Redis is connected and at least one of its slots can take a build. A worker whose slot died
 * and is still being replaced, or whose Redis is gone, is not ready; it is again once the slot
 * or Redis is back.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { backendReady, PoolBackend } from "../../src/build/index.ts";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import { QueueBackend, startBuildWorker, type BuildWorker } from "../../src/build/queue/index.ts";
import { startQueueRedis, type QueueRedis } from "./servers.ts";

const QUIET = () => undefined;

/** Resolves once `condition` holds (checked every 5 ms); rejects after `timeoutMs`. */
async function waitFor(what: string, condition: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("backendReady", () => {
  it("is ready when the backend is open and has no slots, or one idle or busy slot", () => {
    assert.equal(backendReady({ kind: "in-process" }), true);
    assert.equal(backendReady({ slots: [{ state: "starting" }, { state: "busy" }] }), true);
    assert.equal(backendReady({ slots: [null, { state: "idle" }] }), true);
  });

  it("is not ready when closed, or when no slot can take a build", () => {
    assert.equal(backendReady({ closed: true }), false);
    assert.equal(backendReady({ closed: true, slots: [{ state: "idle" }] }), false);
    assert.equal(backendReady({ slots: [] }), false);
    assert.equal(backendReady({ slots: [{ state: "starting" }, { state: "retiring" }, { state: "exited" }] }), false);
    assert.equal(backendReady({ slots: [null, "idle", { state: 1 }] }), false, "malformed slot entries count as unusable");
  });
});

describe("a build worker's readiness", () => {
  let redis: QueueRedis;
  let pool: BuildPool;
  let worker: BuildWorker;

  before(async () => {
    redis = await startQueueRedis();
    // One slot and no spare, warmed with many builds: a replacement slot takes seconds to start.
    pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 40, log: QUIET });
    worker = await startBuildWorker({ url: redis.url, backend: new PoolBackend(pool), concurrency: 1, log: QUIET });
  });
  after(async () => {
    await worker?.close();
    await pool?.close();
    await redis?.stop();
  });

  it("is not ready while its only slot is being replaced, and ready again once it is", async () => {
    assert.equal(worker.health().ready, true, JSON.stringify(worker.health()));
    const pid = pool.health().slots[0]?.pid;
    assert.ok(pid !== undefined);
    process.kill(pid, "SIGKILL");
    const usable = () => pool.health().slots.some((slot) => slot.state === "idle" || slot.state === "busy");
    await waitFor("the killed slot to be noticed", () => !usable());
    assert.equal(worker.health().ready, false, "no slot can take a build");
    assert.equal(worker.health().redis, "ready", "Redis is not the reason");
    await waitFor("the replacement slot", () => worker.health().ready);
    assert.ok(usable());
    assert.notEqual(pool.health().slots[0]?.pid, pid);
  });

  it("is not ready while its Redis is unreachable, and ready again once it is back", async () => {
    assert.equal(worker.health().ready, true);
    await redis.stop();
    await waitFor("the worker to notice Redis is gone", () => worker.health().redis !== "ready");
    assert.equal(worker.health().ready, false, JSON.stringify(worker.health()));
    redis = await startQueueRedis(Number(new URL(redis.url).port));
    await waitFor("the worker to reconnect", () => worker.health().ready);
    assert.equal(worker.health().redis, "ready");
    // Ready means it takes builds again.
    const queue = new QueueBackend({ url: redis.url });
    try {
      await queue.ready();
      const result = await queue.build({ source: `import { Workplane } from "partforge";\nexport function build() { return Workplane("XY").box(3, 4, 5); }\n`, language: "ts", type: "stl", values: {} });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    } finally {
      await queue.close();
    }
  });
});
