/**
 * A service node's queue backend (in this process, no worker) while its private redis-server is
 * down or frozen: builds are answered 503 BUSY at once or within the backend's bound, naming the
 * queue's Redis; a build refused that way is never queued afterwards; a waiting build ends at its
 * deadline even while Redis hangs; a job's status and cancellation are refused BUSY the same way,
 * never left waiting. The same faults with real processes: faults.test.ts.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { Queue } from "bullmq";
import type { BuildRequest } from "../../src/build/index.ts";
import { DEFAULT_QUEUE_PREFIX, QUEUE_NAME, QueueBackend, queueConnectionOptions } from "../../src/build/queue/index.ts";
import { PartforgeError } from "../../src/shared/errors.ts";
import { jobSize, startQueueRedis, waitFor, type QueueRedis } from "./servers.ts";

const SCRIPT = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Away" };
export const p_size = FloatParam({ min: 1, max: 100, default: 10 });
export function build() { return Workplane("XY").box(p_size.value, p_size.value, 4); }
`;

describe("a service node's queue backend while its Redis is away (no worker)", () => {
  let redis: QueueRedis;
  let backend: QueueBackend;
  let queue: Queue;
  const request = (size: number): BuildRequest => ({ source: SCRIPT, language: "ts", type: "stl", values: { p_size: String(size) }, tenant: "acc_away" });
  const fresh = async (options: { timeoutMs: number; queueWaitMs: number }) => {
    await backend?.close();
    backend = new QueueBackend({ url: redis.url, redisAnswerMs: 1000, ...options });
    await backend.ready();
  };
  const queued = async () => (await queue.getJobs(["waiting", "prioritized", "active", "delayed", "completed"])).map((job) => jobSize(job.data));

  before(async () => {
    redis = await startQueueRedis();
    queue = new Queue(QUEUE_NAME, { connection: { url: redis.url, ...queueConnectionOptions() }, prefix: DEFAULT_QUEUE_PREFIX });
    queue.on("error", () => undefined);
  });
  after(async () => {
    await backend?.close();
    await queue?.close();
    await redis?.stop();
  });

  it("refuses a build at once with BUSY naming the queue's Redis while Redis is down, and builds again once it is back", { timeout: 60_000 }, async () => {
    await fresh({ timeoutMs: 1000, queueWaitMs: 60_000 });
    await redis.shutdown();
    try {
      await waitFor("the backend to see Redis gone", () => (backend.health().redis === "ready" ? undefined : true));
      const refused = await backend.build(request(1));
      assert.equal(refused.ok, false);
      assert.equal(!refused.ok && refused.error.code, "BUSY");
      assert.match(!refused.ok ? refused.error.message : "", /^the build queue's Redis is unreachable \(.+\); retry in a few seconds$/);
      assert.doesNotMatch(!refused.ok ? refused.error.message : "", /maxRetriesPerRequest/, "no client-library jargon");
      assert.equal(!refused.ok && refused.error.details?.retryAfterSeconds, 5);
    } finally {
      await redis.start();
    }
    await waitFor("the backend to reconnect", () => (backend.health().redis === "ready" ? true : undefined));
    const id = await backend.submit({ kind: "build", request: request(2) });
    assert.equal((await backend.status(id))?.status, "queued");
    assert.deepEqual(await queued(), ["2"], "the refused build never reached the queue");
    await backend.cancel(id);
  });

  it("answers a build submitted while Redis hangs with BUSY within its bound, and never queues it afterwards", { timeout: 60_000 }, async () => {
    await fresh({ timeoutMs: 1000, queueWaitMs: 60_000 });
    redis.pause();
    let refused;
    try {
      refused = await backend.build(request(3));
    } finally {
      redis.resume();
    }
    assert.equal(!refused.ok && refused.error.code, "BUSY");
    assert.match(!refused.ok ? refused.error.message : "", /^the build queue's Redis did not answer within 1 s; retry in a few seconds$/);
    // Commands go out in order: once this job is queued, whatever the hung submission left pending has run.
    const id = await backend.submit({ kind: "build", request: request(4) });
    assert.deepEqual(await queued(), ["4"], "the refused build was not queued when Redis answered again");
    await backend.cancel(id);
  });

  it("answers a job's status and its cancellation with BUSY and Retry-After, at once while Redis is down and within its bound while it hangs", { timeout: 60_000 }, async () => {
    await fresh({ timeoutMs: 1000, queueWaitMs: 60_000 });
    const id = await backend.submit({ kind: "build", request: request(6) });
    const busy = (message: RegExp) => (error: unknown) => {
      assert.ok(error instanceof PartforgeError, String(error));
      assert.equal(error.code, "BUSY");
      assert.match(error.message, message);
      assert.equal(error.toData().details?.retryAfterSeconds, 5);
      return true;
    };
    redis.pause();
    try {
      await assert.rejects(backend.status(id), busy(/^the build queue's Redis did not answer within 1 s; retry in a few seconds$/));
      await assert.rejects(backend.cancel(id), busy(/^the build queue's Redis did not answer within 1 s; retry in a few seconds$/));
      await assert.rejects(backend.status("no-such-job"), busy(/did not answer within 1 s/), "an unknown id cannot be told from a known one without Redis");
    } finally {
      redis.resume();
    }
    await redis.shutdown();
    try {
      await waitFor("the backend to see Redis gone", () => (backend.health().redis === "ready" ? undefined : true));
      await assert.rejects(backend.status(id), busy(/^the build queue's Redis is unreachable \(.+\); retry in a few seconds$/));
      await assert.rejects(backend.cancel(id), busy(/^the build queue's Redis is unreachable/));
    } finally {
      await redis.start();
    }
    await waitFor("the backend to reconnect", () => (backend.health().redis === "ready" ? true : undefined));
    // The cancellation refused while Redis hung may have reached it since: either way the job is not built.
    const status = (await backend.status(id))?.status;
    assert.ok(status === undefined || status === "queued" || status === "cancelled", String(status));
    await backend.cancel(id);
    assert.equal(await backend.status(id), undefined, "cancelled: it left the queue");
  });

  it("ends a waiting build at its deadline even while Redis hangs, with BUSY, and cancels its job once Redis answers", { timeout: 60_000 }, async () => {
    await fresh({ timeoutMs: 500, queueWaitMs: 500 });
    const pending = backend.build(request(5));
    await waitFor("the job to be queued", async () => ((await queued()).includes("5") ? true : undefined));
    redis.pause();
    let result;
    try {
      result = await pending;
    } finally {
      redis.resume();
    }
    assert.equal(!result.ok && result.error.code, "BUSY");
    assert.match(!result.ok ? result.error.message : "", /the build queue's Redis did not answer/);
    await waitFor("the abandoned job to leave the queue", async () => ((await queued()).includes("5") ? undefined : true));
  });
});
