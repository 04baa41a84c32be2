/**
 * Queue mode under faults, with real processes: two `partforge serve --queue` service nodes on one
 * PostgreSQL schema and two `partforge worker` processes on a private, persistent redis-server.
 * A worker killed mid-build loses its job to the other worker (sync and async clients still get
 * their file); a killed service node leaves the other answering; a Redis that restarts or stops
 * answering for a while makes requests fail with 503 + Retry-After and loses no job, charges
 * nothing twice and kills no process; the download quota holds exactly across nodes.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { Queue, QueueEvents } from "bullmq";
import { QUEUE_NAME, DEFAULT_QUEUE_PREFIX, queueConnectionOptions, type QueueProgress } from "../../src/build/queue/index.ts";
import { openPostgresStore, type Store } from "../../src/store/index.ts";
import { FAST_PASSWORD_HASHING, storeKinds } from "../http/harness.ts";
import { jobSize, startQueueRedis, startServiceNodeProcess, startWorkerProcess, stopProcess, waitFor, type QueueRedis } from "./servers.ts";

const SCRIPT = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Faulted" };
export const p_size = FloatParam({ min: 1, max: 100, default: 10 });
export const p_spin = FloatParam({ min: 0, max: 1e10, default: 0 });
export function build() {
  let sum = 0;
  for (let i = 0; i < p_spin.value; i += 1) sum += i % 3;
  return Workplane("XY").box(p_size.value, p_size.value, 4 + (sum > 0 ? 1 : 0)).faces(">Z").workplane().hole(1);
}
`;
/** Enough work that a build is still running when the test sees it start (about a second or more). */
const LONG = "60000000";
/** `--lock-ms 1000`: a dead worker's job is found stalled within seconds, not a minute. */
const WORKER_ARGS = ["--lock-ms", "1000", "--health-port", "0"];

const connectionString = process.env.PARTFORGE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const [, postgres] = await storeKinds();

interface Process {
  child: ChildProcess;
  output: () => string;
}
interface Node extends Process {
  url: string;
}
interface Worker extends Process {
  health: string;
}
interface Answer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json(): Record<string, unknown>;
}

const alive = (process: Process) => process.child.exitCode === null && process.child.signalCode === null;

async function request(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, json: () => JSON.parse(bytes.toString()) as Record<string, unknown> };
}

describe("queue mode under faults: two service nodes, two workers, a private Redis and PostgreSQL", { skip: postgres!.skip }, () => {
  let redis: QueueRedis;
  let store: Store;
  let admin: pg.Client;
  let schema: string;
  let databaseUrl: string;
  const nodes: Node[] = [];
  const workers: Worker[] = [];
  /** Watches the queue as an operator would: who runs what (progress events) and each job's data. */
  let events: QueueEvents;
  let queue: Queue;

  const startWorker = async (): Promise<Worker> => {
    const started = await startWorkerProcess(redis.url, WORKER_ARGS);
    const health = /health: (http:\/\/\S+\/health)/.exec(started.output())?.[1];
    assert.ok(health, started.output());
    const worker = { ...started, health };
    workers.push(worker);
    return worker;
  };

  before(async () => {
    redis = await startQueueRedis();
    schema = `partforge_faults_${process.pid}_${randomBytes(4).toString("hex")}`;
    admin = new pg.Client({ connectionString });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    store = await openPostgresStore({ connectionString, schema, passwordHashing: FAST_PASSWORD_HASHING });
    const url = new URL(connectionString);
    url.searchParams.set("options", `-c search_path=${schema}`);
    databaseUrl = url.toString();
    const [nodeA, nodeB] = await Promise.all([startServiceNodeProcess(redis.url, databaseUrl), startServiceNodeProcess(redis.url, databaseUrl)]);
    nodes.push(nodeA, nodeB);
    await Promise.all([startWorker(), startWorker()]);
    events = new QueueEvents(QUEUE_NAME, { connection: { url: redis.url, ...queueConnectionOptions() }, prefix: DEFAULT_QUEUE_PREFIX });
    queue = new Queue(QUEUE_NAME, { connection: { url: redis.url, ...queueConnectionOptions() }, prefix: DEFAULT_QUEUE_PREFIX });
    events.on("error", () => undefined);
    queue.on("error", () => undefined);
    await Promise.all([events.waitUntilReady(), queue.waitUntilReady()]);
  });
  after(async () => {
    await Promise.all([...nodes, ...workers].map((process) => stopProcess(process.child, "SIGKILL")));
    await events?.close();
    await queue?.close();
    await store?.close();
    if (admin !== undefined) {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
    await redis?.stop();
  });

  const account = async (name: string, plan: { plan: "evaluation"; monthlyQuota: number } | { plan: "enterprise" }) => {
    const created = await store.createAccount({ email: `${name}@example.com`, password: "correct horse battery", ...plan });
    return { id: created.id, key: (await store.createApiKey(created.id, { name })).secret };
  };
  const build = (node: Node, key: string, params: Record<string, string>) =>
    request(`${node.url}/build`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ key, s: SCRIPT, type: "STL", params }) });
  const submitJob = async (node: Node, key: string, params: Record<string, string>) => {
    const answer = await request(`${node.url}/api/jobs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ key, s: SCRIPT, type: "STL", params }) });
    assert.equal(answer.status, 202, answer.bytes.toString());
    return answer.json() as { id: string; statusUrl: string; resultUrl: string };
  };
  const jobStatus = async (node: Node, key: string, statusUrl: string) => (await request(`${node.url}${statusUrl}`, { headers: { "x-api-key": key } })).json() as { status: string; error?: unknown };
  const finalStatus = (node: Node, key: string, statusUrl: string) =>
    waitFor(`job ${statusUrl} to finish`, async () => {
      const state = await jobStatus(node, key, statusUrl);
      return ["done", "failed", "cancelled"].includes(state.status) ? state : undefined;
    }, 120_000);
  const downloads = async (accountId: string) => (await store.usageSummary(accountId)).downloads;
  const assertStl = (answer: Answer) => {
    assert.equal(answer.status, 200, answer.bytes.toString());
    assert.ok(answer.bytes.length > 84, "an STL with triangles");
    assert.equal(answer.bytes.length, 84 + 50 * answer.bytes.readUInt32LE(80), "a whole binary STL");
  };
  /** Calls `listener` with every progress event of a build job whose p_size is `size`. */
  const onJobProgress = (size: string, listener: (progress: QueueProgress) => void): (() => void) => {
    const handler = ({ jobId, data }: { jobId: string; data: unknown }) => {
      void queue.getJob(jobId).then((job) => {
        if (job !== undefined && jobSize(job.data) === size) listener(data as QueueProgress);
      });
    };
    events.on("progress", handler);
    return () => events.off("progress", handler);
  };
  /** Resolves when a worker starts the build job whose p_size is `size` (listen before submitting it). */
  const started = (size: string) =>
    new Promise<void>((resolve) => {
      const stop = onJobProgress(size, () => {
        stop();
        resolve();
      });
    });
  /** Kills (SIGKILL) the worker that runs the first attempt of the job built with p_size `size`; resolves with it. */
  const killWorkerRunning = (size: string, progress: QueueProgress[]) =>
    new Promise<Worker>((resolve) => {
      let killed = false;
      onJobProgress(size, (event) => {
        progress.push(event);
        if (killed) return;
        killed = true;
        const pid = Number(event.worker.split(":").at(-1));
        const victim = workers.find((worker) => worker.child.pid === pid);
        assert.ok(victim, `the running worker ${event.worker} is one of ours`);
        victim.child.kill("SIGKILL");
        resolve(victim);
      });
    });
  const everyoneAlive = async () => {
    for (const process of [...nodes, ...workers]) assert.ok(alive(process), `still running:\n${process.output()}`);
    for (const node of nodes) await waitFor(`${node.url}/health to answer 200`, async () => ((await request(`${node.url}/health`)).status === 200 ? true : undefined));
    for (const worker of workers) await waitFor(`${worker.health} to answer 200`, async () => ((await request(worker.health)).status === 200 ? true : undefined));
  };

  it("charges exactly the quota across nodes: 20 concurrent distinct builds with 5 downloads left give 5 × 200", async () => {
    const quota = await account("quota", { plan: "evaluation", monthlyQuota: 5 });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => build(nodes[i % 2]!, quota.key, { p_size: String(40 + i) })));
    const ok = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status !== 200);
    assert.equal(ok.length, 5, answers.map((answer) => answer.status).join(" "));
    for (const answer of ok) assertStl(answer);
    for (const answer of refused) {
      assert.equal(answer.status, 403, answer.bytes.toString());
      assert.equal(answer.json().code, "QUOTA_EXCEEDED");
    }
    assert.equal(await downloads(quota.id), 5);
    assert.equal(await store.remainingDownloads(quota.id), 0);
  });

  it("rides out a Redis restart: requests meanwhile get 503 + Retry-After, no job is lost, nothing is charged twice, no process dies", async () => {
    const user = await account("restart", { plan: "enterprise" });
    const running = Promise.all([started("61"), started("62")]);
    const job = await submitJob(nodes[0]!, user.key, { p_size: "61", p_spin: LONG });
    const inFlight = build(nodes[1]!, user.key, { p_size: "62", p_spin: LONG });
    // Both builds are on the workers when Redis goes away.
    await running;
    await redis.shutdown();
    try {
      for (const node of nodes) {
        const refused = await build(node, user.key, { p_size: "63" });
        assert.equal(refused.status, 503, refused.bytes.toString());
        assert.ok(Number(refused.headers.get("retry-after")) >= 1, "Retry-After in seconds");
        assert.match(refused.headers.get("content-type") ?? "", /^application\/problem\+json/);
        assert.equal(refused.json().code, "BUSY");
        assert.match(String(refused.json().detail), /build queue/);
        const health = await request(`${node.url}/health`);
        assert.equal(health.status, 503, "a node without its queue is not ready");
      }
      for (const worker of workers) await waitFor(`${worker.health} to answer 503`, async () => ((await request(worker.health)).status === 503 ? true : undefined));
      // An outage of a few seconds: every connection has failed to reconnect a few times.
      await sleep(4000);
    } finally {
      await redis.start();
    }
    // Ready again means ready: a node whose /health is 200 takes a build at once.
    for (const [i, node] of nodes.entries()) {
      await waitFor(`${node.url}/health to answer 200`, async () => ((await request(`${node.url}/health`)).status === 200 ? true : undefined));
      const first = await build(node, user.key, { p_size: String(66 + i) });
      assert.equal(first.status, 200, first.bytes.toString());
    }
    const finished = await inFlight;
    const served = finished.status === 200 ? 1 : 0;
    if (served === 0) {
      assert.equal(finished.status, 503, finished.bytes.toString());
      assert.ok(finished.headers.get("retry-after"));
    } else assertStl(finished);
    const state = await finalStatus(nodes[0]!, user.key, job.statusUrl);
    assert.equal(state.status, "done", JSON.stringify(state));
    const result = await request(`${nodes[0]!.url}${job.resultUrl}`, { headers: { "x-api-key": user.key } });
    assertStl(result);
    await everyoneAlive();
    for (const [i, node] of nodes.entries()) assertStl(await build(node, user.key, { p_size: String(64 + i) }));
    assert.equal(await downloads(user.id), served + 1 + 4, "one download per 200, none for a 503");
  });

  it("rides out a Redis that stops answering for a few seconds: 503 + Retry-After meanwhile, everything works after", async () => {
    const user = await account("frozen", { plan: "enterprise" });
    const running = started("71");
    const job = await submitJob(nodes[1]!, user.key, { p_size: "71", p_spin: LONG });
    await running;
    redis.pause();
    try {
      const refused = await build(nodes[0]!, user.key, { p_size: "72" });
      assert.equal(refused.status, 503, refused.bytes.toString());
      assert.ok(Number(refused.headers.get("retry-after")) >= 1);
      assert.equal(refused.json().code, "BUSY");
    } finally {
      redis.resume();
    }
    const state = await finalStatus(nodes[1]!, user.key, job.statusUrl);
    assert.equal(state.status, "done", JSON.stringify(state));
    assertStl(await request(`${nodes[1]!.url}${job.resultUrl}`, { headers: { "x-api-key": user.key } }));
    await everyoneAlive();
    for (const [i, node] of nodes.entries()) assertStl(await build(node, user.key, { p_size: String(73 + i) }));
    assert.equal(await downloads(user.id), 3);
    // The refused request's job, had it reached the queue once Redis answered again, would have run by now.
    const built = await queue.getJobs(["completed", "active", "waiting", "prioritized", "delayed"]);
    assert.deepEqual(
      built.filter((job) => jobSize(job.data) === "72").map((job) => job.id),
      [],
      "nothing is built for a request answered 503",
    );
  });

  it("retries a killed worker's sync build on the other worker: the /build client still gets its file", async () => {
    const user = await account("killsync", { plan: "enterprise" });
    const progress: QueueProgress[] = [];
    const killed = killWorkerRunning("81", progress);
    const answer = await build(nodes[0]!, user.key, { p_size: "81", p_spin: LONG });
    assertStl(answer);
    const victim = await killed;
    const finisher = progress.at(-1)!;
    assert.notEqual(Number(finisher.worker.split(":").at(-1)), victim.child.pid, "the surviving worker built it");
    assert.ok(finisher.attempt >= 2, JSON.stringify(progress));
    assert.equal(await downloads(user.id), 1);
    workers.splice(workers.indexOf(victim), 1);
    await startWorker();
  });

  it("retries a killed worker's async job on the other worker: the job ends done and its file downloads", async () => {
    const user = await account("killasync", { plan: "enterprise" });
    const progress: QueueProgress[] = [];
    const killed = killWorkerRunning("82", progress);
    const job = await submitJob(nodes[1]!, user.key, { p_size: "82", p_spin: LONG });
    const victim = await killed;
    workers.splice(workers.indexOf(victim), 1);
    const state = await finalStatus(nodes[1]!, user.key, job.statusUrl);
    assert.equal(state.status, "done", JSON.stringify(state));
    assertStl(await request(`${nodes[1]!.url}${job.resultUrl}`, { headers: { "x-api-key": user.key } }));
    assert.ok(progress.at(-1)!.attempt >= 2, JSON.stringify(progress));
    assert.equal(await downloads(user.id), 1);
  });

  it("keeps answering on one service node when the other is killed", async () => {
    const user = await account("killnode", { plan: "enterprise" });
    const [survivor, victim] = nodes as [Node, Node];
    const running = started("91");
    const orphan = build(victim, user.key, { p_size: "91", p_spin: LONG }).catch((error: unknown) => error);
    await running;
    victim.child.kill("SIGKILL");
    assert.ok((await orphan) instanceof Error, "the killed node's client loses its connection");
    nodes.splice(nodes.indexOf(victim), 1);
    assert.equal((await request(`${survivor.url}/health`)).status, 200);
    assertStl(await build(survivor, user.key, { p_size: "92" }));
    await everyoneAlive();
    assert.equal(await downloads(user.id), 1, "the killed node charged nothing for its lost client");
  });
});
