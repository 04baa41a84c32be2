/**
 * Queue mode with real processes: two service nodes (fastify apps on one PostgreSQL schema, in
 * this process, each with its own `QueueBackend`, Redis job runner and view of the shared cache
 * directory) and two `partforge worker` processes (`--cache` the same directory) on a private
 * redis-server. /build answers the bytes an in-process build makes; a worker killed mid-build
 * loses its job to the other worker and the client still gets its file; a job is one job on every
 * node; a shared-cache hit needs no worker. `serve --queue` refuses SQLite.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { FastifyInstance } from "fastify";
import { pathToFileURL } from "node:url";
import { CacheFirstBackend, InProcessBackend, type JobRunnerLimits } from "../../src/build/index.ts";
import { createBuildCache, openSharedCache, type BuildCache, type StoredMeta } from "../../src/build/cache/index.ts";
import { QueueBackend, RedisJobRunner, type QueueProgress } from "../../src/build/queue/index.ts";
import { buildApp } from "../../src/http/app.ts";
import { main } from "../../src/cli/main.ts";
import { parseCommandLine, type ServeCommand, type WorkerCommand } from "../../src/cli/args.ts";
import { storeKinds } from "../http/harness.ts";
import { finalState, until } from "../http/jobsHarness.ts";
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

/** One service node as `serve --queue … --cache file://…` makes it: the queue behind the shared cache, jobs in Redis. */
interface ServiceNode {
  app: FastifyInstance;
  backend: QueueBackend;
  cache: BuildCache;
}

async function startServiceNode(store: Awaited<ReturnType<NonNullable<typeof postgres>["create"]>>["store"], queueUrl: string, cacheUrl: string, limits?: Partial<JobRunnerLimits>): Promise<ServiceNode> {
  const backend = new QueueBackend({ url: queueUrl });
  await backend.ready();
  const cache = createBuildCache({ shared: await openSharedCache<StoredMeta>(cacheUrl) });
  const app = await buildApp({
    store,
    backend: new CacheFirstBackend(backend, cache),
    jobRunners: (runnerLimits) => new RedisJobRunner({ url: queueUrl, ...runnerLimits, ...limits }),
  });
  return { app, backend, cache };
}

describe("queue mode: two service nodes on PostgreSQL and two worker processes", { skip: postgres!.skip }, () => {
  let redis: QueueRedis;
  let backend: QueueBackend;
  let app: FastifyInstance;
  const nodes: ServiceNode[] = [];
  let dispose: () => Promise<void>;
  let apiKey: string;
  let otherKey: string;
  let store: Awaited<ReturnType<NonNullable<typeof postgres>["create"]>>["store"];
  let cacheDir: string;
  const workers: ChildProcess[] = [];
  let healthUrl: string;

  before(async () => {
    redis = await startQueueRedis();
    cacheDir = await mkdtemp(join(tmpdir(), "partforge-nodes-cache-"));
    const cacheUrl = pathToFileURL(cacheDir).href;
    const created = await postgres!.create();
    dispose = created.dispose;
    store = created.store;
    const account = await store.createAccount({ email: "queue@example.com", password: "correct horse battery", plan: "enterprise" });
    apiKey = (await store.createApiKey(account.id, { name: "queue" })).secret;
    const other = await store.createAccount({ email: "other@example.com", password: "correct horse battery", plan: "enterprise" });
    otherKey = (await store.createApiKey(other.id, { name: "other" })).secret;
    // Each node its own connections to the database, Redis and the cache directory: they share only what a deployment shares.
    nodes.push(await startServiceNode(store, redis.url, cacheUrl), await startServiceNode(await created.reopen(), redis.url, cacheUrl));
    ({ app, backend } = nodes[0]!);
    // --lock-ms 1000: a dead worker's job is found stalled within seconds, not a minute.
    const started = await Promise.all([
      startWorkerProcess(redis.url, ["--lock-ms", "1000", "--health-port", "0", "--cache", cacheUrl]),
      startWorkerProcess(redis.url, ["--lock-ms", "1000", "--cache", cacheUrl]),
    ]);
    workers.push(...started.map((worker) => worker.child));
    healthUrl = /health: (http:\/\/\S+\/health)/.exec(started[0]!.output())?.[1] ?? "";
  });
  after(async () => {
    await Promise.all(workers.map((worker) => stopProcess(worker)));
    for (const node of nodes) {
      await node.app.close();
      await node.backend.close();
      await node.cache.close();
    }
    await dispose?.();
    await redis?.stop();
    if (cacheDir !== undefined) await rm(cacheDir, { recursive: true, force: true });
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

  const submitJob = (node: number, key: string, params: Record<string, string>) =>
    nodes[node]!.app.inject({ method: "POST", url: "/api/jobs", headers: { "content-type": "application/json" }, payload: { key, s: SCRIPT, type: "STL", params } });
  const onNode = (node: number, method: "GET" | "DELETE", url: string, key: string, headers: Record<string, string> = {}) => nodes[node]!.app.inject({ method, url, headers: { "x-api-key": key, ...headers } });
  const TIMEOUT = { timeout: 180_000 };

  it("serves a job submitted on node 1 through node 2: its state, its event stream and its file; another account's job is 404 on both", TIMEOUT, async () => {
    const submitted = await submitJob(0, apiKey, { p_size: "31", p_spin: "100000000" });
    assert.equal(submitted.statusCode, 202, submitted.body);
    const { id, statusUrl, resultUrl } = submitted.json() as { id: string; statusUrl: string; resultUrl: string };
    const polled = await onNode(1, "GET", statusUrl, apiKey);
    assert.equal(polled.statusCode, 200, polled.body);
    assert.equal(polled.json().id, id);
    assert.ok(["queued", "running"].includes(polled.json().status), `unfinished on node 2 right after it was accepted on node 1: ${polled.body}`);
    const address = await nodes[1]!.app.listen({ port: 0, host: "127.0.0.1" });
    const stream = await fetch(`${address}${statusUrl}?key=${encodeURIComponent(apiKey)}`, { headers: { accept: "text/event-stream" } });
    assert.equal(stream.status, 200);
    const statuses = [...(await stream.text()).matchAll(/^data: (.*)$/gm)].map((match) => (JSON.parse(match[1]!) as { status: string }).status);
    assert.ok(statuses.length >= 2 && statuses[0] !== "done", `node 2 streamed the changes, not only the end: ${statuses.join(", ")}`);
    assert.deepEqual(statuses, ["queued", "running", "done"].slice(3 - statuses.length), "one event per state, in order, ending when the job is done");
    const fromTwo = await onNode(1, "GET", resultUrl, apiKey);
    assert.equal(fromTwo.statusCode, 200, fromTwo.body);
    assert.ok(fromTwo.rawPayload.length > 84, "an STL with triangles");
    const fromOne = await onNode(0, "GET", resultUrl, apiKey);
    assert.equal(fromOne.statusCode, 200);
    assert.ok(fromOne.rawPayload.equals(fromTwo.rawPayload), "the same file through both nodes");
    assert.equal(fromOne.headers.etag, fromTwo.headers.etag);
    for (const node of [0, 1]) {
      for (const [method, url] of [["GET", statusUrl], ["GET", resultUrl], ["DELETE", statusUrl]] as const) {
        const response = await onNode(node, method, url, otherKey);
        assert.equal(response.statusCode, 404, `${method} ${url} by another account on node ${node + 1}`);
        assert.equal(response.json().code, "NOT_FOUND");
      }
      const unknown = await onNode(node, "GET", "/api/jobs/job_nothing_here_at_all", apiKey);
      assert.equal(unknown.statusCode, 404);
    }
    assert.equal((await onNode(1, "GET", statusUrl, apiKey)).json().status, "done", "another account's DELETE left it alone");
  });

  it("charges a job's file once per 200 download on either node, and not for a 304 on either", TIMEOUT, async () => {
    const account = await store.createAccount({ email: "five@example.com", password: "correct horse battery", plan: "evaluation", monthlyQuota: 5 });
    const key = (await store.createApiKey(account.id)).secret;
    const submitted = await submitJob(1, key, { p_size: "32" });
    assert.equal(submitted.statusCode, 202, submitted.body);
    const { id, resultUrl } = submitted.json() as { id: string; resultUrl: string };
    assert.equal((await finalState(nodes[0]!.app, id, key)).status, "done");
    assert.equal(await store.remainingDownloads(account.id), 5, "a finished job costs nothing until it is downloaded");
    const first = await onNode(0, "GET", resultUrl, key);
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers["x-downloads-remaining"], "4");
    const second = await onNode(1, "GET", resultUrl, key);
    assert.equal(second.statusCode, 200);
    assert.equal(second.headers["x-downloads-remaining"], "3");
    for (const node of [0, 1]) assert.equal((await onNode(node, "GET", resultUrl, key, { "if-none-match": String(first.headers.etag) })).statusCode, 304);
    assert.equal(await store.remainingDownloads(account.id), 3, "two 200s charged, the 304s free");
  });

  it("keeps an account's limit of unfinished jobs exact across nodes: 12 concurrent submissions split over both, 8 accepted", TIMEOUT, async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => submitJob(i % 2, apiKey, { p_size: String(50 + i), p_spin: "1000000000" })));
    const accepted = responses.filter((response) => response.statusCode === 202);
    const refused = responses.filter((response) => response.statusCode !== 202);
    assert.equal(accepted.length, 8, responses.map((response) => response.statusCode).join(", "));
    for (const response of refused) {
      assert.equal(response.statusCode, 429, response.body);
      assert.equal(response.json().code, "JOB_LIMIT");
    }
    const ids = accepted.map((response) => (response.json() as { id: string }).id);
    // Cancelled through the node that did not take each one.
    const cancelled = await Promise.all(ids.map((id, i) => onNode(i % 2, "DELETE", `/api/jobs/${id}`, apiKey)));
    assert.deepEqual(
      cancelled.map((response) => response.json().status),
      ids.map(() => "cancelled"),
    );
    const again = await submitJob(1, apiKey, { p_size: "62" });
    assert.equal(again.statusCode, 202, "cancelled jobs no longer count");
    assert.equal((await finalState(nodes[0]!.app, (again.json() as { id: string }).id, apiKey)).status, "done");
  });

  it("cancels from node 2 a job accepted on node 1 while a worker runs it: the worker stops it", TIMEOUT, async () => {
    let queueJob: string | undefined;
    const stop = backend.onProgress((id) => (queueJob ??= id));
    try {
      const submitted = await submitJob(0, apiKey, { p_size: "33", p_spin: "1000000000" });
      assert.equal(submitted.statusCode, 202, submitted.body);
      const { statusUrl, resultUrl } = submitted.json() as { statusUrl: string; resultUrl: string };
      await until(() => queueJob !== undefined);
      const cancelled = await onNode(1, "DELETE", statusUrl, apiKey);
      assert.equal(cancelled.statusCode, 200, cancelled.body);
      assert.equal(cancelled.json().status, "cancelled");
      await until(async () => (await backend.status(queueJob!))?.status !== "running");
      assert.equal((await backend.status(queueJob!))?.status, "cancelled", "the worker stopped the build");
      assert.equal((await onNode(0, "GET", statusUrl, apiKey)).json().status, "cancelled", "node 1 sees it cancelled");
      assert.equal((await onNode(0, "GET", resultUrl, apiKey)).statusCode, 409);
      assert.equal((await onNode(0, "DELETE", statusUrl, apiKey)).json().status, "cancelled", "a second cancel answers the final state");
    } finally {
      stop();
    }
  });

  it("answers a shared-cache hit on a service node by itself: with every worker stopped, /build and a job still get the file", TIMEOUT, async () => {
    const params = { p_size: "41" };
    const built = await build(params);
    assert.equal(built.statusCode, 200, built.body);
    assert.equal(built.headers["x-cache"], "miss");
    await Promise.all(workers.map((worker) => stopProcess(worker)));
    const queued = nodes[1]!.backend.health().submitted;
    const hit = await nodes[1]!.app.inject({ method: "POST", url: "/build", headers: { "content-type": "application/json" }, payload: { key: apiKey, s: SCRIPT, type: "STL", params } });
    assert.equal(hit.statusCode, 200, hit.body);
    assert.equal(hit.headers["x-cache"], "hit");
    assert.equal(hit.headers.etag, built.headers.etag);
    assert.ok(hit.rawPayload.equals(built.rawPayload));
    const submitted = await submitJob(1, apiKey, params);
    assert.equal(submitted.statusCode, 202, submitted.body);
    const state = await finalState(nodes[1]!.app, (submitted.json() as { id: string }).id, apiKey);
    assert.equal(state.status, "done");
    assert.equal(state.cache, "hit");
    const file = await onNode(0, "GET", (submitted.json() as { resultUrl: string }).resultUrl, apiKey);
    assert.equal(file.headers.etag, built.headers.etag);
    assert.equal(nodes[1]!.backend.health().submitted, queued, "nothing went to the queue");
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
    assert.equal(worker.closeGraceMs, undefined, "the worker's own default");
    assert.equal((parseCommandLine(["worker", "--queue", "redis://q:1", "--close-grace-ms", "0"], {}) as WorkerCommand).closeGraceMs, 0);
    for (const bad of ["-1", "1.5", "soon", "3600001"]) {
      assert.throws(() => parseCommandLine(["worker", "--queue", "redis://q:1", `--close-grace-ms=${bad}`], {}), new RegExp(`--close-grace-ms must be a whole number from 0 to 3600000; got "${bad}"`));
    }
  });
});
