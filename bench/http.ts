/**
 * HTTP benchmark (issue 4): cached-hit requests per second and latency for a small STL over
 * loopback, and a cold (uncached) build through HTTP ÷ the same build with the `partforge build`
 * command (and, for information, ÷ the CLI's build path inside this already-warm process).
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import fastify from "fastify";
import { buildModel, PoolBackend } from "../src/build/index.ts";
import { createBuildCache } from "../src/build/cache/index.ts";
import { createBuildPool, SERVICE_WASM_TIER_UP } from "../src/build/pool/index.ts";
import { buildApp } from "../src/http/app.ts";
import { openStore } from "../src/store/index.ts";
import { loadKernel } from "../src/kernel/index.ts";
import { loadGenerator, type LoadResult } from "./load.ts";
import { formatMs, median, printTable } from "./measure.ts";

const LOAD_RUNS = 3;
const LOAD_SECONDS = 8;

const SMALL = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Bench plate" };
export const p_w = FloatParam({ min: 1, max: 1000, default: 20 });
export function build() { return Workplane("XY").box(p_w.value, 10, 2).faces(">Z").workplane().hole(3); }
`;

const CLI_COMMAND_RUNS = 5;
const BIN = fileURLToPath(new URL("../bin/partforge.js", import.meta.url));
const run = promisify(execFile);

/**
 * The same cold build as a CLI user gets it: one `partforge build` process per build (Node
 * start, kernel load, compile, build, export, write), each with a new width.
 */
async function cliCommandTimes(dir: string): Promise<number[]> {
  const script = join(dir, "bench-plate.ts");
  await writeFile(script, SMALL);
  const times: number[] = [];
  for (let i = 0; i < CLI_COMMAND_RUNS; i++) {
    const started = performance.now();
    await run(process.execPath, [BIN, "build", script, "--type", "stl", "-p", `p_w=${60 + i + Math.random()}`, "-o", join(dir, "bench-plate.stl")]);
    times.push(performance.now() - started);
  }
  return times;
}

/** The baseline: fastify with one route that sends `bytes` with the service's media type. */
async function bareServer(bytes: Buffer): Promise<{ url: string; close(): Promise<void> }> {
  const bare = fastify();
  bare.get("/build", async (_request, reply) => reply.type("model/stl").header("Content-Length", String(bytes.length)).send(bytes));
  const address = await bare.listen({ port: 0, host: "127.0.0.1" });
  return { url: `${address}/build`, close: () => bare.close() };
}

export async function benchHttp(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "partforge-bench-http-"));
  const store = await openStore({ dataDir });
  const pool = await createBuildPool({ size: 2, wasmTierUp: SERVICE_WASM_TIER_UP, cache: createBuildCache({ dir: join(dataDir, "cache") }), log: () => undefined });
  // The spare warms up in the background after start; measuring before it is warm measures its warm-up.
  await pool.warm();
  // The benchmark measures the service, not the per-key rate limit, so the limit is raised here.
  const app = await buildApp({ store, backend: new PoolBackend(pool), limits: { ratePerSecond: 1e9, rateBurst: 1e9 } });
  try {
    const account = await store.createAccount({ email: "bench@example.com", password: "benchmark password", plan: "enterprise" });
    const key = (await store.createApiKey(account.id)).secret;
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    const url = `${address}/build?key=${key}&type=STL&s=${encodeURIComponent(SMALL)}`;
    const warm = await fetch(url);
    if (warm.status !== 200) throw new Error(`warm-up build failed: ${warm.status} ${await warm.text()}`);
    await warm.arrayBuffer();

    const generator = await loadGenerator();
    const baseline = await bareServer(Buffer.from(await (await fetch(url)).arrayBuffer()));
    // Runs alternate with a same-run baseline — a bare fastify route sending the same bytes — and
    // are reported by their median: this machine's speed drifts by ±15 % from minute to minute.
    const runs: LoadResult[] = [];
    const bare: LoadResult[] = [];
    try {
      for (let run = 0; run < LOAD_RUNS; run++) {
        bare.push(await generator.run(baseline.url, LOAD_SECONDS));
        runs.push(await generator.run(url, LOAD_SECONDS));
      }
    } finally {
      await baseline.close();
    }
    const spread = (values: number[], digits: number): string => `${Math.min(...values).toFixed(digits)} – ${Math.max(...values).toFixed(digits)}`;
    const rates = runs.map((run) => run.requestsPerSecond);
    const p99s = runs.map((run) => run.p99Ms);
    const rows = [
      [`cached STL requests per second (median of ${LOAD_RUNS} runs of ${LOAD_SECONDS} s, ${generator.name})`, median(rates).toFixed(0), "≥ 2000"],
      ["  lowest – highest run", spread(rates, 0), ""],
      ["latency p50 (ms, median run)", median(runs.map((run) => run.p50Ms)).toFixed(1), ""],
      ["latency p99 (ms, median run)", median(p99s).toFixed(1), "< 20"],
      ["  lowest – highest run", spread(p99s, 1), ""],
      ["non-2xx responses", String(runs.reduce((sum, run) => sum + run.non2xx, 0)), "0"],
      ["baseline: bare fastify route, same bytes (req/s, p99 ms)", `${median(bare.map((run) => run.requestsPerSecond)).toFixed(0)}, ${median(bare.map((run) => run.p99Ms)).toFixed(1)}`, ""],
      ["service ÷ baseline, requests per second", (median(rates) / median(bare.map((run) => run.requestsPerSecond))).toFixed(2), ""],
    ];
    if (generator.note !== undefined) rows.push([`note: ${generator.note}`, "", ""]);

    // Cold builds: a new width each time, so neither the pool's cache nor the client's ETag helps.
    await loadKernel();
    const httpTimes: number[] = [];
    const cliTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const width = 30 + i + Math.random();
      let started = performance.now();
      const response = await fetch(`${url}&p_w=${width}`);
      await response.arrayBuffer();
      httpTimes.push(performance.now() - started);
      started = performance.now();
      await buildModel({ source: SMALL, language: "ts", type: "stl", values: { p_w: String(width + 0.5) } });
      cliTimes.push(performance.now() - started);
    }
    const commandTimes = await cliCommandTimes(dataDir);
    rows.push(
      ["cold build through HTTP, median (ms)", formatMs(median(httpTimes)), ""],
      [`same build with the \`partforge build\` command, median of ${CLI_COMMAND_RUNS} (ms)`, formatMs(median(commandTimes)), ""],
      ["HTTP ÷ CLI command", (median(httpTimes) / median(commandTimes)).toFixed(2), "≤ 1.10"],
      ["same build through the CLI's build path inside this process, median (ms)", formatMs(median(cliTimes)), ""],
      ["  HTTP ÷ that path (no process start; this process is warmer than the slots)", (median(httpTimes) / median(cliTimes)).toFixed(2), ""],
    );
    printTable("HTTP service (loopback, 2 build slots, SQLite)", ["measure", "value", "target"], rows);
  } finally {
    await app.close();
    await pool.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
