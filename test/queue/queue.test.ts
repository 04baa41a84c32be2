/**
 * The build queue in one process: a service node's `QueueBackend` and a `BuildWorker` on a
 * private redis-server, the worker building in this process (`InProcessBackend`, real builds).
 * Per-tenant fairness and priorities decide the order a worker takes jobs in; a build failure is
 * a result, not a retried job; a waiting job can be cancelled; a build no worker takes is BUSY.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { InProcessBackend, type BuildBackend, type BuildRequest, type BeforeRun, type DescribeRequest } from "../../src/build/index.ts";
import { openQueueBackend, QueueBackend, startBuildWorker, type BuildWorker } from "../../src/build/queue/index.ts";
import { freePort } from "../cache/servers.ts";
import { startQueueRedis, type QueueRedis } from "./servers.ts";

const SCRIPT = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Queued" };
export const p_size = FloatParam({ min: 1, max: 100, default: 10 });
export function build() { return Workplane("XY").box(p_size.value, p_size.value, 4); }
`;

/** Builds in this process and remembers the order it was asked to build in (`tenant/p_size`). */
class RecordingBackend implements BuildBackend {
  readonly order: string[] = [];
  readonly #inner = new InProcessBackend();
  build(request: BuildRequest, beforeRun?: BeforeRun) {
    this.order.push(`${request.tenant}/${String(request.values?.p_size)}`);
    return this.#inner.build(request, beforeRun);
  }
  describe(request: DescribeRequest, beforeRun?: BeforeRun) {
    return this.#inner.describe(request, beforeRun);
  }
  health() {
    return this.#inner.health();
  }
  close() {
    return this.#inner.close();
  }
}

/** Builds in this process, each held until `release()` (one per call, in order). */
class HeldBackend extends InProcessBackend {
  holding = 0;
  readonly #releases: Array<() => void> = [];
  override async build(request: BuildRequest, beforeRun?: BeforeRun) {
    this.holding += 1;
    await new Promise<void>((resolve) => this.#releases.push(resolve));
    this.holding -= 1;
    return super.build(request, beforeRun);
  }
  release(): void {
    this.#releases.shift()?.();
  }
}

/** Polls `check` every 20 ms until it holds (the test's own timeout bounds the wait). */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; !(await check()); i++) {
    if (i > 1500) assert.fail(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const request = (tenant: string, size: number, extra: Partial<BuildRequest> = {}): BuildRequest => ({
  source: SCRIPT,
  language: "ts",
  type: "stl",
  values: { p_size: String(size) },
  tenant,
  ...extra,
});

describe("the build queue (service node and worker in one process)", () => {
  let redis: QueueRedis;
  let backend: QueueBackend;
  let prefix: string;
  const workers: BuildWorker[] = [];

  before(async () => {
    redis = await startQueueRedis();
  });
  after(async () => {
    for (const worker of workers) await worker.close();
    await backend?.close();
    await redis?.stop();
  });

  const fresh = async (options: { queueWaitMs?: number } = {}) => {
    await backend?.close();
    prefix = `pfq-${randomBytes(4).toString("hex")}`;
    backend = new QueueBackend({ url: redis.url, prefix, ...options });
    await backend.ready();
  };
  /** The id of the one job in the (fresh) queue, once it is there. */
  const onlyJob = async (): Promise<string> => {
    const { Queue } = await import("bullmq");
    const queue = new Queue("partforge-builds", { connection: { url: redis.url }, prefix });
    try {
      for (;;) {
        const jobs = await queue.getJobs(["prioritized", "waiting"]);
        if (jobs.length > 0) return jobs[0]!.id!;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await queue.close();
    }
  };
  /** How many jobs of the (fresh) queue wait for a worker. */
  const queuedJobs = async (): Promise<number> => {
    const { Queue } = await import("bullmq");
    const queue = new Queue("partforge-builds", { connection: { url: redis.url }, prefix });
    try {
      return (await queue.getJobs(["prioritized", "waiting"])).length;
    } finally {
      await queue.close();
    }
  };
  const worker = async (inner: BuildBackend, concurrency = 1) => {
    const started = await startBuildWorker({ url: redis.url, prefix, backend: inner, concurrency });
    workers.push(started);
    return started;
  };

  it("returns the bytes an in-process build makes, with the same content key", async () => {
    await fresh();
    await worker(new InProcessBackend());
    const queued = await backend.build(request("acc_a", 12));
    const local = await new InProcessBackend().build(request("acc_a", 12));
    assert.ok(queued.ok && local.ok, JSON.stringify(queued.ok ? "" : queued.error));
    assert.ok(Buffer.from(queued.bytes).equals(Buffer.from(local.bytes)));
    assert.equal(queued.contentKey, local.contentKey);
    assert.equal(queued.fileName, local.fileName);
    assert.deepEqual(queued.values, local.values);
    const described = await backend.describe({ source: SCRIPT, language: "ts" });
    assert.ok(described.ok);
    assert.equal(described.description.metadata.name, "Queued");
  });

  it("tells its caller a build started when a worker takes it, not when it is queued", async () => {
    await fresh();
    const held = new HeldBackend();
    await worker(held);
    const started: string[] = [];
    const first = backend.build(request("acc_s", 21), undefined, undefined, () => started.push("first"));
    await until(() => started.includes("first") && held.holding === 1, "the worker took the first build");
    const second = backend.build(request("acc_s", 22), undefined, undefined, () => started.push("second"));
    // The one worker slot is held: the second build waits in the queue, queued, not running.
    await until(async () => (await queuedJobs()) === 1, "the second build is in the queue");
    assert.deepEqual(started, ["first"]);
    held.release();
    await until(() => started.includes("second"), "the worker took the second build");
    held.release();
    const results = await Promise.all([first, second]);
    assert.ok(results.every((result) => result.ok), JSON.stringify(results.map((result) => !result.ok && result.error)));
    assert.deepEqual(started, ["first", "second"], "each called once");
    const refused = await backend.build(request("acc_s", 23), () => ({ code: "COMPUTE_LIMITED", message: "used up" }), undefined, () => started.push("refused"));
    assert.equal(refused.ok, false);
    assert.deepEqual(started, ["first", "second"], "a refused build never starts");
  });

  it("answers a job that finished before its caller waited for it, with its result", async () => {
    await fresh();
    await worker(new InProcessBackend());
    const id = await backend.submit({ kind: "build", request: request("acc_late", 14) });
    while ((await backend.status(id))?.status !== "done") await new Promise((resolve) => setTimeout(resolve, 20));
    const late = await backend.result(id, 30_000);
    const local = await new InProcessBackend().build(request("acc_late", 14));
    assert.ok(late.ok && local.ok, JSON.stringify(late.ok ? "" : late.error));
    assert.ok(Buffer.from(late.bytes).equals(Buffer.from(local.bytes)));
    assert.equal((await backend.result(randomBytes(8).toString("hex"), 30_000)).ok, false, "an unknown job is no result");
  });

  it("answers a failing script as data, once (no retry), and refuses a bad priority before queueing", async () => {
    await fresh();
    const recorder = new RecordingBackend();
    await worker(recorder);
    const failed = await backend.build({ ...request("acc_a", 3), source: SCRIPT.replace("return Workplane", 'throw new Error("no box today"); return Workplane') });
    assert.equal(failed.ok, false);
    assert.equal(!failed.ok && failed.error.code, "SCRIPT_EXCEPTION");
    assert.match(!failed.ok ? failed.error.message : "", /no box today/);
    assert.equal(recorder.order.length, 1, "built once");
    const refused = await backend.build(request("acc_a", 3, { priority: 12 }));
    assert.equal(!refused.ok && refused.error.code, "USAGE");
    assert.match(!refused.ok ? refused.error.message : "", /priority must be a whole number from 0 \(first\) to 9 \(last\); got 12/);
    assert.equal(recorder.order.length, 1, "a refused request reaches no worker");
  });

  it("serves tenants fairly: a tenant's flood does not starve another, and priority 0 goes first", async () => {
    await fresh();
    // Everything is queued before a worker starts, so the order is the queue's alone.
    const ids: string[] = [];
    for (let size = 1; size <= 10; size += 1) ids.push(await backend.submit({ kind: "build", request: request("flood", size) }));
    for (const size of [51, 52]) ids.push(await backend.submit({ kind: "build", request: request("quiet", size) }));
    ids.push(await backend.submit({ kind: "build", request: request("flood", 99, { priority: 0 }) }));
    const statuses = await Promise.all(ids.map((id) => backend.status(id)));
    assert.ok(statuses.every((status) => status?.status === "queued"));
    const recorder = new RecordingBackend();
    await worker(recorder);
    const results = await Promise.all(ids.map((id) => backend.result(id, 60_000)));
    assert.ok(results.every((result) => result.ok));
    // First come, first served would build quiet/51 and quiet/52 11th and 12th.
    assert.deepEqual(recorder.order.slice(0, 5), ["flood/99", "flood/1", "quiet/51", "flood/2", "quiet/52"]);
    assert.deepEqual(recorder.order.slice(5), ["flood/3", "flood/4", "flood/5", "flood/6", "flood/7", "flood/8", "flood/9", "flood/10"]);
    assert.equal((await backend.status(ids[0]!))?.status, "done");
  });

  it("answers a waiting build at once as cancelled when its caller aborts it", { timeout: 30_000 }, async () => {
    // No worker, and a minute's wait allowed: only the cancellation can end this build.
    await fresh({ queueWaitMs: 60_000 });
    const controller = new AbortController();
    const pending = backend.build(request("acc_d", 5), undefined, controller.signal);
    while ((await backend.status(await onlyJob()))?.status !== "queued") await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const result = await pending;
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.error, { code: "CANCELLED", message: "the build was cancelled by its caller" });
  });

  it("cancels a waiting job, which no worker then builds; a build no worker takes in time is BUSY", async () => {
    await fresh({ queueWaitMs: 300 });
    const id = await backend.submit({ kind: "build", request: request("acc_c", 7) });
    assert.equal(await backend.cancel(id), true);
    assert.equal(await backend.status(id), undefined, "removed from the queue");
    const waited = await backend.build(request("acc_c", 8, { timeoutMs: 100 }));
    assert.equal(!waited.ok && waited.error.code, "BUSY");
    assert.match(!waited.ok ? waited.error.message : "", /no build worker started the build within 0 s/);
    const recorder = new RecordingBackend();
    await worker(recorder);
    const later = await backend.build(request("acc_c", 9));
    assert.ok(later.ok);
    assert.deepEqual(recorder.order, ["acc_c/9"], "neither the cancelled nor the abandoned job was built");
  });
});

describe("a service node whose queue's Redis does not answer", () => {
  it("refuses to start, naming the URL without its password and the setting to check", async () => {
    const port = await freePort();
    await assert.rejects(openQueueBackend({ url: `redis://:hunter2@127.0.0.1:${port}`, connectTimeoutMs: 1_500 }), (error: Error & { code?: string }) => {
      assert.equal(error.code, "USAGE");
      assert.match(error.message, new RegExp(`cannot reach the build queue's Redis at redis://\\*\\*\\*@127\\.0\\.0\\.1:${port}: .*check --queue \\(or REDIS_URL\\)`));
      assert.doesNotMatch(error.message, /hunter2/);
      return true;
    });
  });
});
