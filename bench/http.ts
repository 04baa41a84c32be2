/**
 * HTTP benchmark (issue 4): cached-hit requests per second and latency for a small STL over
 * loopback, and a cold (uncached) build through HTTP ÷ the same build through the CLI's path.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { buildModel, PoolBackend } from "../src/build/index.ts";
import { createBuildCache } from "../src/build/cache/index.ts";
import { createBuildPool } from "../src/build/pool/index.ts";
import { buildApp } from "../src/http/app.ts";
import { openStore } from "../src/store/index.ts";
import { loadKernel } from "../src/kernel/index.ts";
import { formatMs, median, printTable } from "./measure.ts";

const execFileAsync = promisify(execFile);
const AUTOCANNON = createRequire(import.meta.url).resolve("autocannon/autocannon.js");

interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
}

/** autocannon in its own process, so the load generator does not share the server's event loop. */
async function load(url: string, seconds: number): Promise<LoadResult> {
  const { stdout } = await execFileAsync(process.execPath, [AUTOCANNON, "--json", "-c", "16", "-d", String(seconds), url], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as LoadResult;
}

const SMALL = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Bench plate" };
export const p_w = FloatParam({ min: 1, max: 1000, default: 20 });
export function build() { return Workplane("XY").box(p_w.value, 10, 2).faces(">Z").workplane().hole(3); }
`;

export async function benchHttp(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "partforge-bench-http-"));
  const store = await openStore({ dataDir });
  const pool = await createBuildPool({ size: 2, cache: createBuildCache({ dir: join(dataDir, "cache") }), log: () => undefined });
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

    const result = await load(url, 10);
    const rows = [
      ["cached STL requests per second", result.requests.average.toFixed(0), "≥ 2000"],
      ["latency p50 (ms)", String(result.latency.p50), ""],
      ["latency p99 (ms)", String(result.latency.p99), "< 20"],
      ["non-2xx responses", String(result.non2xx), "0"],
    ];

    // Cold builds: a new width each time, so neither the pool's cache nor the client's ETag helps.
    await loadKernel();
    const httpTimes: number[] = [];
    const cliTimes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const width = 30 + i + Math.random();
      let started = performance.now();
      const response = await fetch(`${url}&p_w=${width}`);
      await response.arrayBuffer();
      httpTimes.push(performance.now() - started);
      started = performance.now();
      await buildModel({ source: SMALL, language: "ts", type: "stl", values: { p_w: String(width + 0.5) } });
      cliTimes.push(performance.now() - started);
    }
    const ratio = median(httpTimes) / median(cliTimes);
    rows.push(
      ["cold build through HTTP, median (ms)", formatMs(median(httpTimes)), ""],
      ["same build through the CLI path, median (ms)", formatMs(median(cliTimes)), ""],
      ["HTTP ÷ CLI", ratio.toFixed(2), "≤ 1.10"],
    );
    printTable("HTTP service (loopback, 2 build slots, SQLite)", ["measure", "value", "target"], rows);
  } finally {
    await app.close();
    await pool.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
