/**
 * Loopback load generators for the HTTP benchmark, run as their own processes with 16
 * connections, each sending its next request as soon as the last answer arrived.
 *
 * `wrk` (Debian: `apt-get install wrk`) is preferred: autocannon appends every response body to
 * a JavaScript string, so a binary STL is decoded as UTF-8 on the client, and the client — not
 * the service — saturates first (measured: a bare fastify route serving these STL bytes reached
 * ~1,400 req/s under autocannon and 7,000–16,000 under wrk on the same machine).
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const execFileAsync = promisify(execFile);
const CONNECTIONS = 16;

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

export interface LoadGenerator {
  name: string;
  note?: string;
  run(url: string, seconds: number): Promise<LoadResult>;
}

const wrk: LoadGenerator = {
  name: "wrk",
  async run(url, seconds) {
    const script = fileURLToPath(new URL("./wrk-report.lua", import.meta.url));
    const { stdout } = await execFileAsync("wrk", ["-t", "1", "-c", String(CONNECTIONS), "-d", `${seconds}s`, "-s", script, url], { maxBuffer: 1 << 20 });
    const report = JSON.parse(stdout.trim().split("\n").pop()!) as { requests: number; durationUs: number; non2xx: number; socketErrors: number; p50: number; p99: number };
    return { requestsPerSecond: report.requests / (report.durationUs / 1e6), p50Ms: report.p50, p99Ms: report.p99, non2xx: report.non2xx + report.socketErrors };
  },
};

const autocannon: LoadGenerator = {
  name: "autocannon",
  note: "wrk is not installed (apt-get install wrk): autocannon decodes every binary body as text and limits itself, so these numbers understate the service",
  async run(url, seconds) {
    const bin = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
    const { stdout } = await execFileAsync(process.execPath, [bin, "--json", "-c", String(CONNECTIONS), "-d", String(seconds), url], { maxBuffer: 16 << 20 });
    const report = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
    return { requestsPerSecond: report.requests.average, p50Ms: report.latency.p50, p99Ms: report.latency.p99, non2xx: report.non2xx + report.errors };
  },
};

/** wrk when it is on the PATH, else autocannon (with a note saying why the numbers are low). */
export async function loadGenerator(): Promise<LoadGenerator> {
  try {
    await execFileAsync("wrk", ["-v"]);
    return wrk;
  } catch (error) {
    // `wrk -v` prints its version and exits 1; only a missing binary means "not installed".
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? autocannon : wrk;
  }
}
