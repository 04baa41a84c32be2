/**
 * Scale benchmark (issue 14): the queue mode with real processes on this machine — a private
 * redis-server on a free port, a PostgreSQL database of its own, one `partforge serve --queue`
 * service node and `partforge worker --slots 1` build nodes — measured over HTTP:
 *
 * - builds per second with 1 worker against 2 workers (ratio ≥ 1.6), a heavy build with values
 *   never built before (cache misses), so the slots' work dominates and the ratio is the build
 *   capacity, not the HTTP edge; segments of as many builds alternate 1 / 2 / 2 / 1 / 1 …, and the
 *   ratio is the median of the pairs' ratios, with their spread;
 * - the queue's added latency per build: the same light build through the queue node (1 worker,
 *   1 slot) and through an embedded `partforge serve --slots 1` (in-process pool), alternating
 *   request by request, p50 and p99 of each and of the per-pair difference;
 * - asynchronous (POST /api/jobs, poll, GET the result) against synchronous (/build) through the
 *   queue node, alternating, p50 and p99.
 *
 * Every process it starts is stopped and its database dropped when it ends, also on failure or
 * Ctrl-C. PostgreSQL: `PARTFORGE_BENCH_DATABASE_URL` (a server URL without a database name),
 * default postgres://postgres@127.0.0.1:5432. `npm run bench -- scale [--pairs N] [--segment-builds N] [--latency-runs N]`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openPostgresStore } from "../src/store/index.ts";
import { BIN, startQueueRedis, waitForOutput, type QueueRedis } from "../test/queue/servers.ts";
import { formatMs, median, printTable } from "./measure.ts";

const POSTGRES = process.env.PARTFORGE_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432";
const HEAVY = new URL("../examples/perforated-plate.ts", import.meta.url);
const HEAVY_GRID = "6x4";
/** The light build of the latency sections: what the queue adds shows best on a short build. */
const LIGHT = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Scale bench plate" };
export const p_w = FloatParam({ min: 1, max: 1000, default: 20 });
export function build() { return Workplane("XY").box(p_w.value, 10, 2).faces(">Z").workplane().hole(3); }
`;
/** Requests in flight during the throughput segments: enough to keep both workers' slots busy. */
const CONCURRENCY = 4;
/** Accounts the requests take turns on: one account's rate limit (10/s) is not what is measured. */
const ACCOUNTS = 12;
/** Builds through a new worker before its segment is measured (its first compiles the script). */
const WARMUP_BUILDS = 6;
const POLL_MS = 10;
const STOP_GRACE_MS = 15_000;

interface Node {
  child: ChildProcess;
  url: string;
}

/** The last errors each node logged, printed when the run fails. */
const nodeErrors = new Map<string, string[]>();

/** Keeps the JSON log lines of level error (50) and above from `child`'s standard output. */
function keepErrors(child: ChildProcess, what: string): void {
  const errors: string[] = [];
  nodeErrors.set(what, errors);
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (/"level":(50|60)/.test(line)) {
        errors.push(line.slice(0, 2000));
        if (errors.length > 5) errors.shift();
      }
    }
  });
}

/** Everything this run started, stopped in reverse order whatever happens. */
class Processes {
  readonly #children = new Set<ChildProcess>();
  readonly #cleanups: Array<() => Promise<void>> = [];

  track(child: ChildProcess): ChildProcess {
    this.#children.add(child);
    child.once("exit", () => this.#children.delete(child));
    return child;
  }

  onStop(cleanup: () => Promise<void>): void {
    this.#cleanups.push(cleanup);
  }

  /** SIGTERM (a worker finishes its running builds and closes its slots), SIGKILL after a grace. */
  async stop(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.#children].map((child) => this.stop(child)));
    for (const cleanup of this.#cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(`cleanup: ${(error as Error).message}`));
  }
}

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.REDIS_URL;
  delete env.DATABASE_URL;
  return env;
}

async function startNode(processes: Processes, args: readonly string[], what: string): Promise<Node> {
  const child = processes.track(spawn(process.execPath, [BIN, "serve", "--host", "127.0.0.1", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"], env: childEnv() }));
  keepErrors(child, what);
  const output = await waitForOutput(child, "partforge listening on", 120_000, what);
  const url = /partforge listening on (http:\/\/\S+)/.exec(output)?.[1];
  if (url === undefined) throw new Error(`${what}: no address in ${output}`);
  return { child, url };
}

async function startWorker(processes: Processes, queue: string): Promise<ChildProcess> {
  // Production settings: the slot's default warm-up builds, the default lock.
  const child = processes.track(spawn(process.execPath, [BIN, "worker", "--queue", queue, "--slots", "1"], { stdio: ["ignore", "ignore", "pipe"], env: childEnv() }));
  await waitForOutput(child, "taking builds from", 120_000, "partforge worker");
  return child;
}

/** Values never built before: a new (thickness, margin) pair per call. */
function heavyValues(): () => Record<string, string> {
  let next = 0;
  return () => {
    const index = next++;
    return { p_grid: HEAVY_GRID, p_shape: "round", p_pitch: "10", p_hole_size: "6", p_thickness: (0.8 + (index % 90) * 0.1).toFixed(1), p_margin: (8 + Math.floor(index / 90) * 0.5).toFixed(1) };
  };
}

function lightValues(): () => Record<string, string> {
  let next = 0;
  return () => ({ p_w: (20 + (next++ % 9000) * 0.1).toFixed(1) });
}

class Client {
  #turn = 0;
  constructor(readonly keys: readonly string[]) {}

  key(): string {
    return this.keys[this.#turn++ % this.keys.length]!;
  }

  /** POST /build; resolves with the file's length, throws on anything but 200. */
  async build(url: string, source: string, params: Record<string, string>): Promise<number> {
    const response = await fetch(`${url}/build`, { method: "POST", headers: { "content-type": "application/json", "x-api-key": this.key() }, body: JSON.stringify({ s: source, type: "STL", params }) });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`/build answered ${response.status}: ${body.toString().slice(0, 300)}`);
    return body.length;
  }

  /** POST /api/jobs, GET its status every `POLL_MS` until done, GET the result. */
  async job(url: string, source: string, params: Record<string, string>): Promise<number> {
    const key = this.key();
    const headers = { "x-api-key": key };
    const submitted = await fetch(`${url}/api/jobs`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ s: source, type: "STL", params }) });
    const job = (await submitted.json()) as { id: string; status: string; statusUrl: string; resultUrl: string };
    if (submitted.status !== 202) throw new Error(`POST /api/jobs answered ${submitted.status}: ${JSON.stringify(job)}`);
    let status = job.status;
    while (status === "queued" || status === "running") {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const polled = await fetch(`${url}${job.statusUrl}`, { headers });
      status = ((await polled.json()) as { status: string }).status;
    }
    if (status !== "done") throw new Error(`job ${job.id} ended ${status}`);
    const result = await fetch(`${url}${job.resultUrl}`, { headers });
    const body = Buffer.from(await result.arrayBuffer());
    if (result.status !== 200) throw new Error(`GET ${job.resultUrl} answered ${result.status}: ${body.toString().slice(0, 300)}`);
    return body.length;
  }
}

/**
 * Builds per second through `url` for `builds` builds: `CONCURRENCY` clients, each sending the next
 * build when its last one returns. A count, not a duration: a segment of a few slow builds would
 * otherwise be measured in whole builds.
 */
async function throughput(client: Client, url: string, source: string, values: () => Record<string, string>, builds: number): Promise<number> {
  const started = performance.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < builds) {
        sent += 1;
        await client.build(url, source, values());
      }
    }),
  );
  return builds / ((performance.now() - started) / 1000);
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

async function timed(body: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await body();
  return performance.now() - started;
}

/** `runs` pairs of `a` and `b`, alternating which goes first; each side's times and the per-pair differences b − a. */
async function alternate(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: number[]; b: number[]; added: number[] }> {
  const result = { a: [] as number[], b: [] as number[], added: [] as number[] };
  for (let run = 0; run < runs; run++) {
    let aMs: number;
    let bMs: number;
    if (run % 2 === 0) {
      aMs = await timed(a);
      bMs = await timed(b);
    } else {
      bMs = await timed(b);
      aMs = await timed(a);
    }
    result.a.push(aMs);
    result.b.push(bMs);
    result.added.push(bMs - aMs);
  }
  return result;
}

const pct = (values: readonly number[]) => `${formatMs(percentile(values, 0.5))} / ${formatMs(percentile(values, 0.99))}`;

function loadLine(): string {
  return loadavg().map((value) => value.toFixed(2)).join(", ");
}

export async function benchScale(args: readonly string[]): Promise<void> {
  const { values: options } = parseArgs({
    args: [...args],
    options: { pairs: { type: "string", default: "3" }, "segment-builds": { type: "string", default: "24" }, "latency-runs": { type: "string", default: "100" } },
  });
  const pairs = Number(options.pairs);
  const segmentBuilds = Number(options["segment-builds"]);
  const latencyRuns = Number(options["latency-runs"]);
  if (![pairs, segmentBuilds, latencyRuns].every((value) => Number.isInteger(value) && value > 0)) throw new Error("scale: --pairs, --segment-builds and --latency-runs take whole numbers above 0");

  const cores = availableParallelism();
  console.log(`\nscale: ${cores} cores available (${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown model"}); load average ${loadLine()} (1, 5, 15 min) at the start`);
  if (cores < 4) {
    console.log(
      `caveat: 2 workers of 1 slot on ${cores} cores share them with the service node, Redis, PostgreSQL and this load generator, all on the same machine — the 2-worker side has less than 2 cores of its own, so the ratio is a lower bound of what 2 worker machines give`,
    );
  }

  const processes = new Processes();
  // Ctrl-C: the same clean-up as at the end, then out.
  const onSignal = () => void processes.stopAll().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const redis: QueueRedis = await startQueueRedis();
    processes.onStop(() => redis.stop());

    // A database of its own, dropped at the end; the shared `test` database is not touched.
    const database = `partforge_bench_scale_${process.pid}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: `${POSTGRES}/postgres` });
    await admin.connect();
    processes.onStop(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    });
    await admin.query(`CREATE DATABASE ${database}`);
    const databaseUrl = `${POSTGRES}/${database}`;
    const store = await openPostgresStore({ connectionString: databaseUrl });
    const keys: string[] = [];
    try {
      for (let index = 0; index < ACCOUNTS; index++) {
        const account = await store.createAccount({ email: `scale${index}@example.com`, password: "benchmark password", plan: "enterprise" });
        keys.push((await store.createApiKey(account.id, { name: "scale" })).secret);
      }
    } finally {
      await store.close();
    }
    const client = new Client(keys);

    const dataDir = await mkdtemp(join(tmpdir(), "partforge-bench-scale-"));
    processes.onStop(() => rm(dataDir, { recursive: true, force: true }));
    const queueNode = await startNode(processes, ["--queue", redis.url, "--database-url", databaseUrl, "--data-dir", join(dataDir, "queue")], "partforge serve --queue");
    await startWorker(processes, redis.url);
    const heavy = await readFile(HEAVY, "utf8");
    const nextHeavy = heavyValues();

    // Throughput: worker 2 is started for the 2-worker segments and stopped (SIGTERM: it finishes
    // its builds first) for the 1-worker ones; WARMUP_BUILDS go before each segment, so a new
    // worker's start and first compile are never in a segment.
    let second: ChildProcess | undefined;
    const setWorkers = async (count: 1 | 2) => {
      if (count === 2 && second === undefined) second = await startWorker(processes, redis.url);
      if (count === 1 && second !== undefined) {
        await processes.stop(second);
        second = undefined;
      }
      await throughput(client, queueNode.url, heavy, nextHeavy, WARMUP_BUILDS);
    };
    const segment = async (count: 1 | 2) => {
      await setWorkers(count);
      const rate = await throughput(client, queueNode.url, heavy, nextHeavy, segmentBuilds);
      console.log(`  ${count} worker${count === 1 ? "" : "s"}: ${rate.toFixed(2)} builds/s (load average ${loadLine()})`);
      return rate;
    };
    const oneRates: number[] = [];
    const twoRates: number[] = [];
    for (let pair = 0; pair < pairs; pair++) {
      // 1 2 | 2 1 | 1 2 …: one worker start or stop per pair, and the order alternates.
      if (pair % 2 === 0) {
        oneRates.push(await segment(1));
        twoRates.push(await segment(2));
      } else {
        twoRates.push(await segment(2));
        oneRates.push(await segment(1));
      }
    }
    const ratios = oneRates.map((one, index) => twoRates[index]! / one);
    const ratio = median(ratios);
    printTable(`Scale: builds per second through one queue service node (perforated-plate.ts ${HEAVY_GRID} round holes → STL, cache misses, ${CONCURRENCY} requests in flight, ${pairs} pairs of segments of ${segmentBuilds} builds)`, ["measure", "value", "target"], [
      ["1 worker × 1 slot: builds/s (median; per segment)", `${median(oneRates).toFixed(2)} (${oneRates.map((rate) => rate.toFixed(2)).join(", ")})`, ""],
      ["2 workers × 1 slot: builds/s (median; per segment)", `${median(twoRates).toFixed(2)} (${twoRates.map((rate) => rate.toFixed(2)).join(", ")})`, ""],
      ["2 workers ÷ 1 worker (median of the pairs' ratios)", ratio.toFixed(2), "≥ 1.6"],
      ["  lowest – highest pair", `${Math.min(...ratios).toFixed(2)} – ${Math.max(...ratios).toFixed(2)}`, ""],
      ["target holds", ratio >= 1.6 ? "yes" : "no", ""],
    ]);
    console.log(`(load average ${loadLine()} after the throughput segments)`);
    if (second !== undefined) {
      await processes.stop(second);
      second = undefined;
    }

    // Latency: the same light build, one at a time, through the queue node (1 worker, 1 slot) and
    // through an embedded node (in-process pool of 1 slot, and its spare) on the same database.
    const embedded = await startNode(processes, ["--database-url", databaseUrl, "--data-dir", join(dataDir, "embedded"), "--slots", "1"], "partforge serve");
    const nextLight = lightValues();
    for (let warm = 0; warm < 10; warm++) {
      const values = nextLight();
      await client.build(embedded.url, LIGHT, values);
      await client.build(queueNode.url, LIGHT, values);
      await client.job(queueNode.url, LIGHT, nextLight());
    }
    const latency = await alternate(
      latencyRuns,
      () => client.build(embedded.url, LIGHT, nextLight()),
      () => client.build(queueNode.url, LIGHT, nextLight()),
    );
    const async = await alternate(
      latencyRuns,
      () => client.build(queueNode.url, LIGHT, nextLight()),
      () => client.job(queueNode.url, LIGHT, nextLight()),
    );
    printTable(`Scale: latency per build, one at a time (a box with a hole → STL, cache misses, ${latencyRuns} alternating pairs)`, ["measure", "p50 / p99 ms", "target"], [
      ["embedded node, in-process pool of 1 slot: /build", pct(latency.a), ""],
      ["queue node, 1 worker × 1 slot: /build", pct(latency.b), ""],
      ["queue's added latency per build (queue − embedded, per pair)", pct(latency.added), "report"],
      ["queue node: /build (synchronous)", pct(async.a), ""],
      [`queue node: POST /api/jobs + poll every ${POLL_MS} ms + GET result (asynchronous)`, pct(async.b), ""],
      ["asynchronous overhead (async − sync, per pair)", pct(async.added), "report"],
    ]);
    console.log(`(load average ${loadLine()} at the end)`);
  } catch (error) {
    for (const [what, errors] of nodeErrors) for (const line of errors) console.error(`${what} logged: ${line}`);
    throw error;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    await processes.stopAll();
  }
}
