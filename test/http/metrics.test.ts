/**
 * `GET /metrics` (issue 16, point 4): the Prometheus text format, read back with an independent
 * parser; its values move as builds, cache hits, charges and refusals happen; one registry per
 * app; and only operators may read it (loopback without a proxy, else the admin token).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { InProcessBackend, type BeforeRun, type BuildRequest, type BuildResult, type BuildBackend, type PoolHealth } from "../../src/build/index.ts";
import { BOX_SCRIPT, startService, storeKinds, type TestService } from "./harness.ts";
import { parseMetrics, type Scrape } from "./metricsText.ts";

const ADMIN_TOKEN = "metrics-admin-token-7f3a9c21e4";
const REMOTE = "203.0.113.7";

async function scrape(service: TestService, headers: Record<string, string> = {}): Promise<Scrape> {
  const response = await service.app.inject({ method: "GET", url: "/metrics", headers });
  assert.equal(response.statusCode, 200, response.body);
  assert.match(String(response.headers["content-type"]), /^text\/plain; version=0\.0\.4/);
  assert.equal(response.headers["cache-control"], "no-store");
  return parseMetrics(response.body);
}

/** The in-process backend, except that scripts naming a marker get the pool's refusals. */
class RefusingBackend extends InProcessBackend {
  override async build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, started?: () => void): Promise<BuildResult> {
    if (request.source.includes("// busy")) return { ok: false, error: { code: "BUSY", message: "the build service is busy; retry in 2 s", details: { retryAfterSeconds: 2 } }, computeMs: 0, queueMs: 0 };
    if (request.source.includes("// slow")) return { ok: false, error: { code: "TIMEOUT", message: "the build took longer than its limit" }, computeMs: 30_000, queueMs: 120 };
    return super.build(request, beforeRun, signal, started);
  }
}

describe("GET /metrics", async () => {
  const [sqlite] = await storeKinds();
  let service: TestService;
  let key: string;
  before(async () => {
    service = await startService(sqlite!, { backend: new RefusingBackend(), limits: { ratePerSecond: 0.001, rateBurst: 6 } });
    const account = await service.store.createAccount({ email: "metrics@example.com", password: "correct horse battery", plan: "enterprise" });
    key = (await service.store.createApiKey(account.id)).secret;
  });
  after(() => service.close());

  const build = (script: string) => service.app.inject({ method: "POST", url: "/build", payload: { key, type: "STL", s: script } });

  it("counts builds by type and outcome, downloads charged, and responses by route and status as they happen", async () => {
    const before = await scrape(service);
    assert.equal(before.count("partforge_build_duration_seconds", { type: "stl", outcome: "built" }), 0);
    assert.equal((await build(BOX_SCRIPT)).statusCode, 200);
    const failed = await build(`export function build() {\n  throw new Error("no");\n}\n`);
    assert.equal(failed.statusCode, 500);
    const after = await scrape(service);
    assert.equal(after.count("partforge_build_duration_seconds", { type: "stl", outcome: "built" }), 1);
    assert.equal(after.count("partforge_build_duration_seconds", { type: "stl", outcome: "SCRIPT_EXCEPTION" }), 1);
    assert.equal(after.value("partforge_downloads_charged_total", { type: "stl" }), 1, "only the 200 is charged");
    assert.equal(after.value("partforge_http_responses_total", { method: "POST", route: "/build", status: "200" }), 1);
    assert.equal(after.value("partforge_http_responses_total", { method: "POST", route: "/build", status: "500" }), 1);
    assert.equal(after.value("partforge_http_problems_total", { status: "500", code: "SCRIPT_EXCEPTION" }), 1);
    assert.ok(after.value("partforge_compute_charged_seconds_total", { kind: "build" })! > 0, "slot time charged for both builds");
    assert.equal(after.families.get("partforge_build_duration_seconds")!.type, "HISTOGRAM");
    assert.ok(after.sum("partforge_build_duration_seconds", { type: "stl", outcome: "built" }) > 0);
    assert.equal(after.value("partforge_build_duration_seconds_bucket", { type: "stl", outcome: "built", le: "+Inf" }), 1);
  });

  it("counts 503 and 504 answers by code, with the queue wait the pool reported", async () => {
    assert.equal((await build(`// busy\n${BOX_SCRIPT}`)).statusCode, 503);
    assert.equal((await build(`// slow\n${BOX_SCRIPT}`)).statusCode, 504);
    const now = await scrape(service);
    assert.equal(now.value("partforge_http_problems_total", { status: "503", code: "BUSY" }), 1);
    assert.equal(now.value("partforge_http_problems_total", { status: "504", code: "TIMEOUT" }), 1);
    assert.equal(now.count("partforge_build_duration_seconds", { type: "stl", outcome: "TIMEOUT" }), 1);
    assert.equal(now.count("partforge_queue_wait_seconds", { kind: "build" }), 2, "the two answers that reported a queue wait");
  });

  it("counts 429 answers as the rate limit refuses builds", async () => {
    const before = (await scrape(service)).value("partforge_http_problems_total", { status: "429", code: "RATE_LIMITED" }) ?? 0;
    let refused = 0;
    for (let i = 0; i < 4; i++) if ((await build(BOX_SCRIPT)).statusCode === 429) refused += 1;
    assert.ok(refused >= 2, `the burst of 6 is spent: ${refused} refused`);
    const after = await scrape(service);
    assert.equal(after.value("partforge_http_problems_total", { status: "429", code: "RATE_LIMITED" }), before + refused);
    assert.equal(after.value("partforge_http_responses_total", { method: "POST", route: "/build", status: "429" }), before + refused);
  });

  it("names unknown paths unmatched, so clients cannot mint series, and reports process memory", async () => {
    await service.app.inject({ method: "GET", url: "/no/such/path/a1b2c3" });
    const now = await scrape(service);
    assert.equal(now.value("partforge_http_responses_total", { method: "GET", route: "unmatched", status: "404" }), 1);
    assert.ok(!now.labelsOf("partforge_http_responses_total").some((labels) => labels.route?.includes("a1b2c3")));
    assert.ok(now.value("process_resident_memory_bytes")! > 10 * 1024 * 1024);
    assert.ok(now.value("nodejs_heap_size_used_bytes")! > 0);
    assert.equal(now.value("partforge_queue_depth"), undefined, "an in-process backend has no pool to report");
  });

  it("keeps one registry per app: another server's builds are not counted here", async () => {
    const other = await startService(sqlite!);
    try {
      assert.equal((await scrape(other)).value("partforge_downloads_charged_total", { type: "stl" }), undefined);
      assert.ok((await scrape(service)).value("partforge_downloads_charged_total", { type: "stl" })! >= 1);
    } finally {
      await other.close();
    }
  });
});

/** A backend whose pool health the test sets. */
function poolBackend(health: () => PoolHealth): BuildBackend {
  const inner = new InProcessBackend();
  return { build: (...args) => inner.build(...args), describe: (...args) => inner.describe(...args), health: () => ({ ...health() }), poolHealth: health, close: async () => undefined };
}

function poolHealthOf(overrides: Partial<PoolHealth>): PoolHealth {
  return {
    size: 2,
    spare: 1,
    closed: false,
    slots: [],
    queued: 0,
    running: 0,
    buildsServed: 0,
    recycles: { builds: 0, wasm: 0, timeout: 0, memory: 0, crash: 0, kernel: 0, overflow: 0, internal: 0, integrity: 0, cancel: 0 },
    startFailures: 0,
    startFailuresInARow: 0,
    isolation: { network: true, diesWithPool: true, permissionFlag: "--permission", readablePaths: [], emptyEnvironment: true, heapMb: 512, wasmMaxPages: 16_384, workerThreads: false },
    cache: { tier: "disk", memoryEntries: 0, memoryBytes: 0, memoryHits: 0, diskHits: 0, sharedHits: 0, misses: 0, storeErrors: 0, leaseErrors: 0, corruptEntries: 0, leaseWaits: 0 },
    ...overrides,
  };
}

describe("pool metrics", async () => {
  const [sqlite] = await storeKinds();
  let service: TestService;
  let health = poolHealthOf({});
  before(async () => {
    service = await startService(sqlite!, { backend: poolBackend(() => health) });
  });
  after(() => service.close());

  it("reports the queue, slot states, recycles by reason, failed starts, cache hits by tier and each slot's memory at every scrape", async () => {
    const slot = (id: number, state: PoolHealth["slots"][number]["state"], wasmBytes: number) => ({ id, pid: 1000 + id, state, buildsServed: 3, startupMs: 900, wasmBytes, heapUsedBytes: 40e6, rssBytes: 300e6 });
    health = poolHealthOf({
      slots: [slot(1, "busy", 200e6), slot(2, "idle", 150e6), slot(3, "starting", 0)],
      queued: 4,
      running: 1,
      buildsServed: 17,
      recycles: { ...poolHealthOf({}).recycles, timeout: 2, wasm: 1 },
      startFailures: 1,
      startFailuresInARow: 1,
      cache: { tier: "s3", memoryEntries: 5, memoryBytes: 12_345, memoryHits: 7, diskHits: 3, sharedHits: 6, misses: 9, storeErrors: 2, leaseErrors: 1, corruptEntries: 4, leaseWaits: 8 },
    });
    let now = await scrape(service);
    assert.equal(now.value("partforge_queue_depth"), 4);
    assert.equal(now.value("partforge_builds_running"), 1);
    assert.equal(now.value("partforge_pool_size"), 2);
    assert.deepEqual(
      ["starting", "idle", "busy", "retiring", "exited"].map((state) => now.value("partforge_slots", { state })),
      [1, 1, 1, 0, 0],
    );
    assert.equal(now.value("partforge_slot_recycles_total", { reason: "timeout" }), 2);
    assert.equal(now.value("partforge_slot_recycles_total", { reason: "wasm" }), 1);
    assert.equal(now.value("partforge_slot_recycles_total", { reason: "crash" }), 0);
    assert.equal(now.value("partforge_slot_start_failures_total"), 1);
    assert.equal(now.value("partforge_slot_jobs_total"), 17);
    assert.equal(now.value("partforge_cache_hits_total", { tier: "memory" }), 7);
    assert.equal(now.value("partforge_cache_hits_total", { tier: "disk" }), 3);
    assert.equal(now.value("partforge_cache_hits_total", { tier: "shared" }), 6);
    assert.equal(now.value("partforge_cache_misses_total"), 9);
    assert.equal(now.value("partforge_cache_errors_total", { store: "store" }), 2);
    assert.equal(now.value("partforge_cache_errors_total", { store: "leases" }), 1);
    assert.equal(now.value("partforge_cache_corrupt_total"), 4);
    assert.equal(now.value("partforge_cache_lease_waits_total"), 8);
    assert.equal(now.value("partforge_cache_memory_bytes"), 12_345);
    assert.equal(now.value("partforge_slot_wasm_memory_bytes", { slot: "1" }), 200e6);
    assert.equal(now.value("partforge_slot_resident_memory_bytes", { slot: "2" }), 300e6);
    assert.equal(now.families.get("partforge_slot_recycles_total")!.type, "COUNTER");

    // Slot 1 retired and slot 4 replaced it; the counters went on.
    health = poolHealthOf({ ...health, slots: [slot(2, "idle", 160e6), slot(4, "idle", 90e6)], recycles: { ...health.recycles, builds: 1 }, cache: { ...health.cache!, diskHits: 4 } });
    now = await scrape(service);
    assert.deepEqual(now.labelsOf("partforge_slot_wasm_memory_bytes").map((labels) => labels.slot).sort(), ["2", "4"], "a retired slot's series go with it");
    assert.equal(now.value("partforge_slot_wasm_memory_bytes", { slot: "2" }), 160e6);
    assert.equal(now.value("partforge_slot_recycles_total", { reason: "builds" }), 1);
    assert.equal(now.value("partforge_cache_hits_total", { tier: "disk" }), 4);
  });
});

describe("who may read /metrics", async () => {
  const [sqlite] = await storeKinds();
  const services: TestService[] = [];
  const start = async (edge: { trustProxy?: boolean; adminToken?: string }) => {
    const service = await startService(sqlite!, { edge });
    services.push(service);
    return service;
  };
  after(() => Promise.all(services.map((service) => service.close())));

  const get = (service: TestService, options: { remoteAddress?: string; token?: string; forwardedFor?: string } = {}) =>
    service.app.inject({
      method: "GET",
      url: "/metrics",
      ...(options.remoteAddress !== undefined ? { remoteAddress: options.remoteAddress } : {}),
      headers: {
        ...(options.token !== undefined ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.forwardedFor !== undefined ? { "x-forwarded-for": options.forwardedFor } : {}),
      },
    });

  const problemOf = (body: string) => JSON.parse(body) as { code: string; detail: string };

  it("serves loopback clients without a token when no proxy is trusted, and nobody else without it", async () => {
    const service = await start({ adminToken: ADMIN_TOKEN });
    assert.equal((await get(service)).statusCode, 200);
    assert.equal((await get(service, { remoteAddress: "::1" })).statusCode, 200);
    const remote = await get(service, { remoteAddress: REMOTE });
    assert.equal(remote.statusCode, 403);
    assert.equal(remote.headers["content-type"], "application/problem+json; charset=utf-8");
    assert.equal(problemOf(remote.body).code, "ACCESS_DENIED");
    assert.match(problemOf(remote.body).detail, /send Authorization: Bearer <PARTFORGE_ADMIN_TOKEN>; without it, only clients on this machine \(loopback\) get in/);
    assert.equal((await get(service, { remoteAddress: REMOTE, token: ADMIN_TOKEN })).statusCode, 200);
  });

  it("behind a trusted proxy, needs the admin token even from loopback, and says when the token is wrong", async () => {
    const service = await start({ trustProxy: true, adminToken: ADMIN_TOKEN });
    const bare = await get(service, { forwardedFor: REMOTE });
    assert.equal(bare.statusCode, 403);
    assert.match(problemOf(bare.body).detail, /Authorization: Bearer <PARTFORGE_ADMIN_TOKEN>; behind the trusted proxy every client needs it, loopback too/);
    const loopback = await get(service);
    assert.equal(loopback.statusCode, 403, "a proxy makes every client look like loopback");
    const wrong = await get(service, { token: `${ADMIN_TOKEN}x`, forwardedFor: REMOTE });
    assert.equal(wrong.statusCode, 403);
    assert.match(problemOf(wrong.body).detail, /is not this server's admin token/);
    assert.ok(!wrong.body.includes(ADMIN_TOKEN), "the token is never echoed");
    const right = await get(service, { token: ADMIN_TOKEN, forwardedFor: REMOTE });
    assert.equal(right.statusCode, 200);
    assert.match(right.body, /^# HELP /m);
  });

  it("behind a trusted proxy with no admin token set, tells the operator to set one", async () => {
    const service = await start({ trustProxy: true });
    const refused = await get(service, { token: "anything-at-all-here" });
    assert.equal(refused.statusCode, 403);
    assert.match(problemOf(refused.body).detail, /this server has none: set PARTFORGE_ADMIN_TOKEN/);
  });

  it("refuses an API key in place of the admin token", async () => {
    const service = await start({ trustProxy: true, adminToken: ADMIN_TOKEN });
    const account = await service.store.createAccount({ email: "not-admin@example.com", password: "correct horse battery", plan: "enterprise" });
    const apiKey = (await service.store.createApiKey(account.id)).secret;
    const refused = await get(service, { token: apiKey, forwardedFor: REMOTE });
    assert.equal(refused.statusCode, 403);
    assert.match(problemOf(refused.body).detail, /an API key is not one/);
    assert.ok(!refused.body.includes(apiKey));
  });
});
