/**
 * Queue mode with real processes: a service node (the fastify app on PostgreSQL, in this process,
 * its backend a `QueueBackend`) and two `partforge worker` processes on a private redis-server.
 * /build answers the bytes an in-process build makes; a worker killed mid-build loses its job to
 * the other worker and the client still gets its file. `serve --queue` refuses SQLite.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { FastifyInstance } from "fastify";
import { InProcessBackend } from "../../src/build/index.ts";
import { QueueBackend, type QueueProgress } from "../../src/build/queue/index.ts";
import { buildApp } from "../../src/http/app.ts";
import { main } from "../../src/cli/main.ts";
import { parseCommandLine, type ServeCommand, type WorkerCommand } from "../../src/cli/args.ts";
import { storeKinds } from "../http/harness.ts";
import { freePort } from "../cache/servers.ts";
import { startQueueRedis, startWorkerProcess, stopProcess, type QueueRedis } from "./servers.ts";

const SCRIPT = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Noded" };
export const p_size = FloatParam({ min: 1, max: 100, default: 10 });
export const p_spin = FloatParam({ min: 0, max: 1e10, default: 0 });
export function build() {
  let sum = 0;
  for (let i = 0; i < p_spin.value; i += 1) sum += i % 3;
  return Workplane("XY").box(p_size.value, p_size.value, 4 + (sum > 0 ? 1 : 0)).faces(">Z").workplane().hole(1);
}
`;

const [, postgres] = await storeKinds();

describe("queue mode: a service node on PostgreSQL and two worker processes", { skip: postgres!.skip }, () => {
  let redis: QueueRedis;
  let backend: QueueBackend;
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let apiKey: string;
  const workers: ChildProcess[] = [];
  let healthUrl: string;

  before(async () => {
    redis = await startQueueRedis();
    const created = await postgres!.create();
    dispose = created.dispose;
    const account = await created.store.createAccount({ email: "queue@example.com", password: "correct horse battery", plan: "enterprise" });
    apiKey = (await created.store.createApiKey(account.id, { name: "queue" })).secret;
    backend = new QueueBackend({ url: redis.url });
    await backend.ready();
    app = await buildApp({ store: created.store, backend });
    // --lock-ms 1000: a dead worker's job is found stalled within seconds, not a minute.
    const started = await Promise.all([startWorkerProcess(redis.url, ["--lock-ms", "1000", "--health-port", "0"]), startWorkerProcess(redis.url, ["--lock-ms", "1000"])]);
    workers.push(...started.map((worker) => worker.child));
    healthUrl = /health: (http:\/\/\S+\/health)/.exec(started[0]!.output())?.[1] ?? "";
  });
  after(async () => {
    await Promise.all(workers.map((worker) => stopProcess(worker)));
    await app?.close();
    await backend?.close();
    await dispose?.();
    await redis?.stop();
  });

  const build = (params: Record<string, string>) =>
    app.inject({ method: "POST", url: "/build", headers: { "content-type": "application/json" }, payload: { key: apiKey, s: SCRIPT, type: "STL", params } });

  it("builds an STL through /build whose bytes equal an in-process build's", async () => {
    const response = await build({ p_size: "12" });
    assert.equal(response.statusCode, 200, response.body);
    const local = await new InProcessBackend().build({ source: SCRIPT, language: "ts", type: "stl", values: { p_size: "12" } });
    assert.ok(local.ok);
    assert.ok(response.rawPayload.equals(Buffer.from(local.bytes)), "byte-identical to the in-process build");
    assert.equal(response.headers.etag, `"${local.contentKey}"`);
    const bad = await build({ p_size: "1000" });
    assert.equal(bad.statusCode, 400, "a parameter error from the worker is answered as /build answers it");
    assert.equal(bad.json().code, "PARAM_INVALID");
  });

  it("answers a worker's health on --health-port, and the service node's /health", async () => {
    assert.match(healthUrl, /^http:\/\/127\.0\.0\.1:\d+\/health$/);
    const health = await fetch(healthUrl);
    assert.equal(health.status, 200);
    const body = (await health.json()) as Record<string, unknown>;
    assert.equal(body.ok, true);
    assert.equal(body.concurrency, 1);
    assert.equal(body.redis, "ready");
    assert.equal((await fetch(healthUrl.replace(/health$/, "other"))).status, 404);
    const service = await app.inject({ method: "GET", url: "/health" });
    assert.equal(service.statusCode, 200);
    const details = service.json() as { ok: boolean; builds?: Record<string, unknown> };
    assert.equal(details.ok, true);
    assert.equal(details.builds?.kind, "queue", "a loopback client sees the backend's details");
    assert.equal(details.builds?.redis, "ready");
  });

  it("retries on the other worker the job of a worker killed mid-build; the client still gets its file", async () => {
    const progress: QueueProgress[] = [];
    let killed: string | undefined;
    const stop = backend.onProgress((_id, event) => {
      progress.push(event);
      if (killed !== undefined) return;
      killed = event.worker;
      const pid = Number(event.worker.split(":").at(-1));
      const victim = workers.find((worker) => worker.pid === pid);
      assert.ok(victim, `the running worker ${event.worker} is one of ours`);
      victim.kill("SIGKILL");
    });
    try {
      const response = await build({ p_size: "21", p_spin: "50000000" });
      assert.equal(response.statusCode, 200, response.body);
      assert.ok(response.rawPayload.length > 84, "an STL with triangles");
      assert.ok(killed !== undefined);
      const finisher = progress.at(-1)!;
      assert.notEqual(finisher.worker, killed, "the surviving worker built it");
      assert.ok(finisher.attempt >= 2, `a second attempt (${JSON.stringify(progress)})`);
    } finally {
      stop();
    }
  });

  it("cancels a running build when its caller aborts: the caller is answered, the job is cancelled, the workers go on", async () => {
    const controller = new AbortController();
    let jobId: string | undefined;
    const stop = backend.onProgress((id) => {
      jobId ??= id;
      controller.abort();
    });
    try {
      const result = await backend.build({ source: SCRIPT, language: "ts", type: "stl", values: { p_size: "22", p_spin: "50000000" } }, undefined, controller.signal);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.error.message, "the build was cancelled by its caller");
      assert.ok(jobId !== undefined);
      let status = await backend.status(jobId);
      while (status?.status === "running") {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = await backend.status(jobId);
      }
      assert.equal(status?.status, "cancelled");
    } finally {
      stop();
    }
    const after = await build({ p_size: "23" });
    assert.equal(after.statusCode, 200, after.body);
  });
});

describe("partforge serve --queue", () => {
  it("refuses to start on SQLite, saying it needs DATABASE_URL with PostgreSQL", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "partforge-queue-sqlite-"));
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    let stderr = "";
    try {
      // No database URL, or one that is not PostgreSQL's (a typo would otherwise open a SQLite file per node).
      for (const extra of [[], ["--database-url", "postgress://127.0.0.1/test"]]) {
        stderr = "";
        const code = await main(["serve", "--queue", "redis://127.0.0.1:1", "--data-dir", dataDir, "--port", "0", ...extra], { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
        assert.equal(code, 2, stderr);
        assert.match(stderr, /serve --queue \(or REDIS_URL\) starts a stateless service node.*set DATABASE_URL \(or --database-url postgres:\/\/…\)/);
      }
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("checks its options: a queue URL, no slots on a service node, a queue for a worker", async () => {
    const run = async (argv: string[]) => {
      let stderr = "";
      const code = await main(argv, { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
      return { code, stderr };
    };
    const saved = process.env.REDIS_URL;
    delete process.env.REDIS_URL;
    try {
      const badUrl = await run(["serve", "--queue", "localhost:6379"]);
      assert.equal(badUrl.code, 2);
      assert.match(badUrl.stderr, /--queue \(or REDIS_URL\) must be a redis:\/\/host:port URL; got "localhost:6379"/);
      const slots = await run(["serve", "--queue", "redis://127.0.0.1:1", "--slots", "2"]);
      assert.match(slots.stderr, /serve --queue builds on the workers: --slots belong to partforge worker/);
      const noQueue = await run(["worker", "--slots", "1"]);
      assert.equal(noQueue.code, 2);
      assert.match(noQueue.stderr, /worker needs the build queue: --queue redis:\/\/host:port \(or REDIS_URL\)/);
    } finally {
      if (saved !== undefined) process.env.REDIS_URL = saved;
    }
  });

  it("stops a worker whose queue's Redis does not answer, at once and saying so", async () => {
    let stderr = "";
    const port = await freePort();
    const code = await main(["worker", "--queue", `redis://127.0.0.1:${port}`, "--slots", "1"], { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`cannot reach the build queue's Redis at redis://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
  });

  it("reads the queue from --queue, else REDIS_URL, for serve and worker", () => {
    const serve = (argv: string[], env: Record<string, string>) => parseCommandLine(["serve", ...argv], env) as ServeCommand;
    assert.equal(serve([], {}).queue, undefined, "npm start: no queue");
    assert.equal(serve([], { REDIS_URL: "redis://q:6379" }).queue, "redis://q:6379");
    assert.equal(serve(["--queue", "redis://a:1"], { REDIS_URL: "redis://q:6379" }).queue, "redis://a:1");
    const worker = parseCommandLine(["worker", "--slots", "3", "--health-port", "9091"], { REDIS_URL: "redis://q:6379" }) as WorkerCommand;
    assert.deepEqual(
      { queue: worker.queue, slots: worker.slots, healthPort: worker.healthPort, cacheLock: worker.cacheLock, lockMs: worker.lockMs },
      { queue: "redis://q:6379", slots: 3, healthPort: 9091, cacheLock: "redis://q:6379", lockMs: undefined },
    );
    assert.throws(() => parseCommandLine(["worker", "--queue", "redis://q:1", "--lock-ms", "10"], {}), /--lock-ms must be a whole number from 1000 to 600000; got "10"/);
  });
});
