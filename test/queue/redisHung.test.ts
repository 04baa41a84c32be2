/**
 * A service node and a build worker (in this process, on a private redis-server) while their Redis
 * hangs (SIGSTOP: connections open, nothing answers) or is gone: readiness turns 503 with a reason
 * and back to 200 once Redis answers; job status and cancellation through `/api/jobs` are refused
 * 503 BUSY with Retry-After instead of hanging; a worker's `close()` (what SIGTERM runs) returns
 * after its grace period however Redis fails, yet still delivers a running build while Redis is
 * fine; a `partforge worker` process told SIGTERM with its Redis gone exits, and so does a
 * `partforge serve --queue` process with its Redis frozen (its job runner's goodbye to Redis used
 * to wait for ever).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";
import { randomBytes } from "node:crypto";
import { Queue } from "bullmq";
import pg from "pg";
import { InProcessBackend, notReadyReason } from "../../src/build/index.ts";
import { DEFAULT_QUEUE_PREFIX, QUEUE_NAME, QueueBackend, queueConnectionOptions, RedisJobRunner, startBuildWorker, type BuildWorker } from "../../src/build/queue/index.ts";
import { buildApp } from "../../src/http/app.ts";
import { storeKinds } from "../http/harness.ts";
import { GATE_RUNNING, GatedBackend } from "../http/jobsHarness.ts";
import { startQueueRedis, startServiceNodeProcess, startWorkerProcess, stopProcess, waitFor, type QueueRedis } from "./servers.ts";

const SCRIPT = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Hung" };
export const p_size = FloatParam({ min: 1, max: 100, default: 10 });
export function build() { return Workplane("XY").box(p_size.value, p_size.value, 4); }
`;
const QUIET = () => undefined;
const [sqlite, postgres] = await storeKinds();
const connectionString = process.env.PARTFORGE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

describe("a service node and a worker while their Redis hangs", { timeout: 120_000 }, () => {
  let redis: QueueRedis;
  let backend: QueueBackend;
  let worker: BuildWorker;
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let key: string;

  before(async () => {
    redis = await startQueueRedis();
    backend = new QueueBackend({ url: redis.url, redisAnswerMs: 1000 });
    await backend.ready();
    worker = await startBuildWorker({ url: redis.url, backend: new InProcessBackend(), concurrency: 1, closeGraceMs: 1000, log: QUIET });
    const created = await sqlite!.create();
    dispose = created.dispose;
    app = await buildApp({ store: created.store, backend, jobRunners: (limits) => new RedisJobRunner({ url: redis.url, ...limits, answerMs: 1000 }) });
    const account = await created.store.createAccount({ email: "hung@example.com", password: "correct horse battery", plan: "enterprise" });
    key = (await created.store.createApiKey(account.id, { name: "hung" })).secret;
  });
  after(async () => {
    redis?.resume();
    await app?.close();
    await backend?.close();
    await worker?.close();
    await dispose?.();
    await redis?.stop();
  });

  const health = () => app.inject({ method: "GET", url: "/health", remoteAddress: "203.0.113.9" });

  it("turns /health and the worker's readiness 503 with a reason while Redis does not answer, and 200 again once it does", async () => {
    assert.deepEqual((await health()).json(), { ok: true });
    assert.equal(worker.health().ready, true, JSON.stringify(worker.health()));
    redis.pause();
    try {
      const refused = await waitFor("/health to answer 503", async () => {
        const answer = await health();
        return answer.statusCode === 503 ? answer : undefined;
      });
      assert.deepEqual(Object.keys(refused.json()).sort(), ["ok", "reason"], "no details for an anonymous client");
      assert.equal(refused.json().ok, false);
      assert.match(refused.json().reason, /^the build queue's Redis has not answered for \d+ s$/);
      assert.equal(backend.health().redis, "ready", "the connection looks up: only the watch sees the hang");
      await waitFor("the worker to turn not ready", () => (worker.health().ready ? undefined : true));
      assert.match(worker.health().reason ?? "", /^the build queue's Redis has not answered for \d+ s$/);
    } finally {
      redis.resume();
    }
    await waitFor("/health to answer 200", async () => ((await health()).statusCode === 200 ? true : undefined));
    assert.deepEqual((await health()).json(), { ok: true });
    await waitFor("the worker to turn ready", () => (worker.health().ready ? true : undefined));
    assert.equal(worker.health().reason, undefined);
  });

  it("refuses a job's status and its cancellation with 503 BUSY and Retry-After while Redis does not answer", async () => {
    const submitted = await app.inject({ method: "POST", url: "/api/jobs", headers: { "x-api-key": key }, payload: { s: SCRIPT, type: "STL", params: { p_size: "7" } } });
    assert.equal(submitted.statusCode, 202, submitted.body);
    const { id } = submitted.json() as { id: string };
    await waitFor("the job to finish", async () => {
      const state = (await app.inject({ method: "GET", url: `/api/jobs/${id}`, headers: { "x-api-key": key } })).json() as { status: string };
      return state.status === "done" ? true : undefined;
    });
    redis.pause();
    try {
      for (const method of ["GET", "DELETE"] as const) {
        const refused = await app.inject({ method, url: `/api/jobs/${id}`, headers: { "x-api-key": key } });
        assert.equal(refused.statusCode, 503, `${method}: ${refused.body}`);
        assert.equal(refused.headers["retry-after"], "5");
        assert.equal(refused.json().code, "BUSY");
        assert.match(refused.json().detail, /^the job store \(Redis\) did not answer within 1 s; retry shortly$/);
      }
      const unknown = await app.inject({ method: "GET", url: "/api/jobs/job_nosuchjob", headers: { "x-api-key": key } });
      assert.equal(unknown.statusCode, 503, "an unknown job cannot be told from a known one without Redis");
    } finally {
      redis.resume();
    }
    const answered = await app.inject({ method: "GET", url: `/api/jobs/${id}`, headers: { "x-api-key": key } });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.equal(answered.json().status, "done");
  });
});

describe("a build worker's close()", { timeout: 120_000 }, () => {
  let redis: QueueRedis;
  before(async () => {
    redis = await startQueueRedis();
  });
  after(async () => {
    await redis?.stop();
  });

  it("returns after its grace period when its Redis is gone, or hangs", async () => {
    for (const fault of ["gone", "hung"] as const) {
      const worker = await startBuildWorker({ url: redis.url, backend: new InProcessBackend(), concurrency: 1, closeGraceMs: 500, log: QUIET });
      if (fault === "gone") await redis.shutdown();
      else redis.pause();
      try {
        await waitFor(`the worker to see its Redis ${fault}`, () => (worker.health().ready ? undefined : true));
        // Before the bound, this never returned: BullMQ waits for Redis to take its goodbye.
        await worker.close();
        assert.match(worker.health().reason ?? "", /shutting down/);
      } finally {
        redis.resume();
        await redis.start();
      }
    }
  });

  it("still delivers a build it runs when Redis is fine: the grace is a bound, not a cut", async () => {
    const gated = new GatedBackend();
    const worker = await startBuildWorker({ url: redis.url, backend: gated, concurrency: 1, closeGraceMs: 60_000, log: QUIET });
    const backend = new QueueBackend({ url: redis.url });
    const queue = new Queue(QUEUE_NAME, { connection: { url: redis.url, ...queueConnectionOptions() }, prefix: DEFAULT_QUEUE_PREFIX });
    try {
      await backend.ready();
      const id = await backend.submit({ kind: "build", request: { source: `${SCRIPT}${GATE_RUNNING}\n`, language: "ts", type: "stl", values: { p_size: "9" } } });
      await waitFor("the build to wait at the gate", () => (gated.waiting === 1 ? true : undefined));
      const closing = worker.close();
      assert.equal(worker.health().ready, false);
      gated.open();
      await closing;
      assert.equal(await queue.getJobState(id), "completed");
      assert.equal((await backend.result(id, 10_000)).ok, true);
    } finally {
      await worker.close();
      await backend.close();
      await queue.close();
    }
  });

  it("lets a `partforge worker` process told SIGTERM exit while its Redis is gone", async () => {
    const worker = await startWorkerProcess(redis.url, ["--close-grace-ms", "500"]);
    await redis.shutdown();
    try {
      await stopProcess(worker.child, "SIGTERM");
      assert.equal(worker.child.exitCode, 0, worker.output());
      assert.match(worker.output(), /did not close within 500 ms/);
    } finally {
      await stopProcess(worker.child, "SIGKILL");
      await redis.start();
    }
  });
});

describe("a `partforge serve --queue` process told SIGTERM while its Redis hangs", { skip: postgres!.skip, timeout: 180_000 }, () => {
  it("answers /health 503 with the reason, then exits", async () => {
    const redis = await startQueueRedis();
    const schema = `partforge_hung_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(connectionString);
    url.searchParams.set("options", `-c search_path=${schema}`);
    let node: Awaited<ReturnType<typeof startServiceNodeProcess>> | undefined;
    try {
      node = await startServiceNodeProcess(redis.url, url.toString());
      const started = node;
      assert.equal((await fetch(`${started.url}/health`)).status, 200);
      redis.pause();
      const refused = await waitFor("/health to answer 503", async () => {
        const answer = await fetch(`${started.url}/health`, { headers: { "x-forwarded-for": "203.0.113.9" } });
        return answer.status === 503 ? ((await answer.json()) as { ok: boolean; reason: string }) : undefined;
      });
      assert.equal(refused.ok, false);
      assert.match(refused.reason, /^the build queue's Redis has not answered for \d+ s$/);
      await stopProcess(started.child, "SIGTERM");
      assert.equal(started.child.exitCode, 0, started.output());
    } finally {
      if (node !== undefined) await stopProcess(node.child, "SIGKILL");
      redis.resume();
      await redis.stop();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  });
});

describe("notReadyReason", () => {
  it("names what is not ready, or nothing", () => {
    assert.equal(notReadyReason({ kind: "queue", closed: false }), undefined);
    assert.equal(notReadyReason({ slots: [{ state: "busy" }] }), undefined);
    assert.equal(notReadyReason({ notReady: "the build queue's Redis has not answered for 3 s", closed: false }), "the build queue's Redis has not answered for 3 s");
    assert.match(notReadyReason({ closed: true }) ?? "", /shutting down/);
    assert.match(notReadyReason({ slots: [{ state: "starting" }] }) ?? "", /no build slot/);
    assert.match(notReadyReason({ slots: [] }) ?? "", /no build slot/);
    assert.equal(notReadyReason({ notReady: 3 }), undefined, "a malformed reason is no reason");
  });
});
