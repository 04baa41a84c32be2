import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseMetrics } from "../http/metricsText.ts";

const execFileAsync = promisify(execFile);
const BIN = new URL("../../bin/partforge.js", import.meta.url).pathname;

interface Running {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  /** The JSON log lines written to standard output so far. */
  stdout: () => string;
}

/** Starts `partforge serve` on a free port and waits until it listens. */
async function serve(dataDir: string, extraArgs: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--slots", "1", "--data-dir", dataDir, ...extraArgs], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  let stdout = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${stderr}`)), 120_000);
    child.stderr!.on("data", () => {
      const match = /listening on (http:\/\/[\d.:]+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        // The seed lines follow the listening line in the same write burst; give them a moment.
        setTimeout(() => resolve(match[1]!), 200);
      }
    });
    // A start that fails ends the wait at once: the timer must not keep this test file's process alive for its 2 minutes.
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${stderr}`));
    });
  });
  return { child, url, stderr: () => stderr, stdout: () => stdout };
}

async function stop(running: Running): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => running.child.once("exit", (code) => resolve(code)));
  running.child.kill("SIGTERM");
  return exited;
}

describe("partforge serve", () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "partforge-serve-"));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it("starts on an empty data directory, seeds a demo account and the examples, and builds one over HTTP", async () => {
    const running = await serve(dataDir);
    try {
      const key = /API key\s+(\S+)/.exec(running.stderr())?.[1];
      const id = /^\s+([a-z0-9]{7,9})\s+Bored block$/m.exec(running.stderr())?.[1];
      assert.ok(key, running.stderr());
      assert.ok(id, running.stderr());
      const response = await fetch(`${running.url}/build?key=${key}&id=${id}&type=STL&preset=short&p_length=120`);
      assert.equal(response.status, 200, await response.clone().text());
      assert.equal(response.headers.get("content-type"), "model/stl");
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.equal(bytes.length, 84 + 50 * new DataView(bytes.buffer).getUint32(80, true));
      const health = await (await fetch(`${running.url}/health`)).json();
      assert.equal(health.ok, true);
      assert.equal(typeof health.builds.isolation, "object");
      // The log is on by default: the build's line carries the request id of its response, not the key.
      const requestId = response.headers.get("x-request-id");
      assert.ok(requestId);
      // Until the request's own line is written: its "build completed" line comes first, and under load the other may follow later.
      const logged = () => running.stdout().split("\n").some((text) => text.includes(requestId) && text.includes('"request completed"'));
      for (let wait = 0; wait < 100 && !logged(); wait++) await new Promise((resolve) => setTimeout(resolve, 50));
      const lines = running.stdout().split("\n").filter(Boolean).map((line) => JSON.parse(line) as { reqId?: string; msg?: string; statusCode?: number; url?: string; accountId?: string; build?: { key?: string } });
      const line = lines.find((entry) => entry.reqId === requestId && entry.msg === "request completed");
      const built = lines.find((entry) => entry.reqId === requestId && entry.msg === "build completed");
      assert.equal(`"${built?.build?.key}"`, response.headers.get("etag"), running.stdout());
      assert.match(String(built?.accountId), /^\S+$/);
      assert.ok(line, running.stdout());
      assert.equal(line.statusCode, 200);
      assert.match(line.url!, /key=\[REDACTED\]/);
      assert.ok(!running.stdout().includes(key), "the API key reached the log");
      // The same build again comes from the cache; /metrics (from loopback) has seen both and the pool's real slots.
      const again = await fetch(`${running.url}/build?key=${key}&id=${id}&type=STL&preset=short&p_length=120`);
      assert.equal(again.headers.get("x-cache"), "hit");
      await again.arrayBuffer();
      const metrics = await fetch(`${running.url}/metrics`);
      assert.equal(metrics.status, 200);
      const scraped = parseMetrics(await metrics.text());
      assert.equal(scraped.count("partforge_build_duration_seconds", { type: "stl", outcome: "built" }), 1);
      assert.equal(scraped.count("partforge_build_duration_seconds", { type: "stl", outcome: "cached" }), 1);
      assert.equal(scraped.value("partforge_cache_hits_total", { tier: "memory" }), 1);
      assert.equal(scraped.value("partforge_downloads_charged_total", { type: "stl" }), 2);
      assert.equal(scraped.count("partforge_queue_wait_seconds", { kind: "build" }), 1, "only the built one waited for a slot");
      assert.ok(scraped.value("partforge_slots", { state: "idle" })! >= 1);
      const wasm = scraped.labelsOf("partforge_slot_wasm_memory_bytes").map((labels) => scraped.value("partforge_slot_wasm_memory_bytes", labels)!);
      assert.ok(wasm.length >= 1 && wasm.every((bytes) => bytes > 1024 * 1024), `every warm slot reports its WebAssembly memory: ${wasm.join(", ")}`);
      assert.ok(scraped.value("process_resident_memory_bytes")! > 0);
    } finally {
      assert.equal(await stop(running), 0, "exits cleanly on SIGTERM");
    }
    assert.match(running.stderr(), /SIGTERM: shutting down/);
  });

  it("keeps accounts, keys and models across a restart, and does not seed again", async () => {
    const created = await execFileAsync(process.execPath, [BIN, "admin", "create-account", "--email", "ci@example.com", "--password", "correct horse battery", "--plan", "evaluation", "--quota", "2", "--data-dir", dataDir]);
    assert.match(created.stdout, /created account ci@example.com \(evaluation, 2 downloads a month\)/);
    const keyed = await execFileAsync(process.execPath, [BIN, "admin", "create-key", "--email", "ci@example.com", "--name", "ci", "--data-dir", dataDir]);
    const key = keyed.stdout.trim().split("\n").at(-1)!;
    assert.match(key, /^pf_[a-z0-9]{8}_[\w-]{43}$/);
    // No warm-up builds (12 a slot by default; the first test starts with the defaults): this test is about what the data directory keeps.
    const running = await serve(dataDir, ["--log-level", "warn", "--warmup-builds", "0"]);
    try {
      assert.doesNotMatch(running.stderr(), /First start/);
      const script = encodeURIComponent('export function build() { return Workplane("XY").box(1, 2, 3); }');
      const first = await fetch(`${running.url}/build?key=${key}&type=step&s=${script}`);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get("x-downloads-remaining"), "1");
      await first.arrayBuffer();
      const upgraded = await execFileAsync(process.execPath, [BIN, "admin", "set-plan", "--email", "ci@example.com", "--plan", "enterprise", "--data-dir", dataDir]);
      assert.match(upgraded.stdout, /enterprise \(unlimited\)/);
      const second = await fetch(`${running.url}/build?key=${key}&type=step&s=${script}`);
      assert.equal(second.headers.get("x-downloads-remaining"), "unlimited");
      await second.arrayBuffer();
      // --log-level warn: the builds and requests above (info) wrote nothing.
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(running.stdout(), "", "info lines were written at --log-level warn");
    } finally {
      await stop(running);
    }
  });

  it("admin commands fail clearly on bad input", async () => {
    const missing = await execFileAsync(process.execPath, [BIN, "admin", "create-key", "--email", "nobody@example.com", "--data-dir", dataDir]).catch((e) => e);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /no account with email nobody@example.com/);
    const plan = await execFileAsync(process.execPath, [BIN, "admin", "set-plan", "--email", "ci@example.com", "--plan", "gold", "--data-dir", dataDir]).catch((e) => e);
    assert.equal(plan.code, 2);
    assert.match(plan.stderr, /--plan must be evaluation or enterprise/);
    const action = await execFileAsync(process.execPath, [BIN, "admin", "frobnicate"]).catch((e) => e);
    assert.equal(action.code, 2);
    const port = await execFileAsync(process.execPath, [BIN, "serve", "--port", "99999"]).catch((e) => e);
    assert.equal(port.code, 2);
    assert.match(port.stderr, /--port must be a whole number from 0 to 65535/);
  });
});
