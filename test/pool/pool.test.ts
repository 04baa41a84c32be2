/**
 * The pool's life cycle: parallel mixed builds, a slot killed mid-build, recycling without
 * failing requests, the bounded queue answering BUSY, describe, request checks, close.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildModel } from "../../src/build/index.ts";
import { createBuildPool, type BuildPool, type BuildResult, type BuildRequest } from "../../src/build/pool/index.ts";
import type { OutputType } from "../../src/build/index.ts";
import type { ErrorCode } from "../../src/shared/errors.ts";
import { assertNothingLeaks, FAKE_SECRET, SECRET_VARIABLE } from "./leaks.ts";

const BLOCK = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Block" };
export const p_length = FloatParam({ min: 10, max: 100, default: 40 });
export function build() {
  return Workplane("XY").box(p_length.value, 20, 10).edges("|Z").fillet(2);
}
`;
const LENGTHS = [20, 30, 40, 50, 60];
const SPIN = `export function build() {\n  for (;;) {}\n}\n`;

let pool: BuildPool;
const references = new Map<number, Buffer>();

before(async () => {
  process.env[SECRET_VARIABLE] = FAKE_SECRET;
  const [started] = await Promise.all([
    createBuildPool({ size: 2, spare: 1, maxQueue: 64, recycleAfterBuilds: 10, timeoutMs: 20_000, warmupBuilds: 1, log: () => undefined }),
    ...LENGTHS.map(async (length) => {
      const output = await buildModel({ source: BLOCK, language: "ts", type: "stl", values: { p_length: String(length) } });
      references.set(length, Buffer.from(output.bytes));
    }),
  ]);
  pool = started;
});

after(() => pool.close());

function block(length: number): BuildRequest {
  return { source: BLOCK, language: "ts", type: "stl", values: { p_length: String(length) } };
}

function assertBlock(result: BuildResult, length: number): void {
  assert.ok(result.ok, `build of length ${length} failed: ${JSON.stringify(!result.ok && result.error)}`);
  assert.ok(Buffer.from(result.bytes).equals(references.get(length)!), `the STL of length ${length} differs from the in-process build`);
  assert.equal(result.fileName, "Block.stl");
  assert.equal(result.mediaType, "model/stl");
  assert.equal(result.values.p_length, length);
}

function assertFailure(result: BuildResult, code: ErrorCode): void {
  assert.equal(result.ok, false, `expected ${code}, the build succeeded`);
  if (!result.ok) {
    assert.equal(result.error.code, code, JSON.stringify(result.error));
    assertNothingLeaks(result.error);
  }
}

async function busySlotPid(): Promise<number> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const busy = pool.health().slots.find((slot) => slot.state === "busy");
    if (busy?.pid !== undefined) return busy.pid;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("no slot became busy");
}

describe("a pool of two slots", () => {
  it("builds a model with the same bytes as an in-process build", async () => {
    assertBlock(await pool.build(block(40)), 40);
  });

  it("reports its export's CPU time, more than nothing and no more than the whole job's (what the native bench sets against native meshing)", async () => {
    for (const type of ["stl", "step"] as const) {
      const result = await pool.build({ ...block(40), type });
      assert.ok(result.ok && result.timings !== undefined, `the ${type} build failed or has no timings`);
      const { exportCpuMs, cpuMs } = result.timings;
      assert.ok(typeof exportCpuMs === "number" && exportCpuMs > 0, `${type}: export CPU ${String(exportCpuMs)} ms`);
      assert.ok(exportCpuMs <= cpuMs, `${type}: export CPU ${exportCpuMs} ms is more than the whole job's ${cpuMs} ms`);
    }
    const inProcess = (await buildModel(block(40))).timings!;
    assert.ok(inProcess.exportCpuMs > 0 && inProcess.exportCpuMs <= inProcess.cpuMs, `in process: export CPU ${inProcess.exportCpuMs} ms of ${inProcess.cpuMs} ms`);
  });

  it("runs 50 mixed good and bad builds in parallel and gets every good one right", async () => {
    const bad: Array<[BuildRequest, ErrorCode, number?]> = [
      [{ source: "export function build( {", language: "js", type: "stl" }, "SCRIPT_SYNTAX"],
      [{ source: `export function build() {\n  throw new RangeError("no");\n}\n`, language: "js", type: "stl" }, "SCRIPT_EXCEPTION"],
      [{ source: `export function build() { return 42; }`, language: "js", type: "stl" }, "INVALID_RESULT"],
      [{ ...block(40), values: { p_length: "500" } }, "PARAM_INVALID"],
      [{ ...block(40), values: { p_lenght: "50" } }, "UNKNOWN_PARAM"],
      // As an untyped caller (JavaScript, a queue's JSON) may send it.
      [{ ...block(40), type: "dwg" as OutputType }, "USAGE"],
      [{ source: `export function build() { return Workplane("XY").box(10, 10, 10).edges("|Z").fillet(50); }`, language: "js", type: "stl" }, "GEOMETRY"],
      [{ source: SPIN, language: "js", type: "stl" }, "TIMEOUT", 1000],
    ];
    const jobs: Array<{ request: BuildRequest; timeoutMs?: number; check(result: BuildResult): void }> = [];
    for (let i = 0; i < 50; i++) {
      if (i % 5 < 3) {
        const length = LENGTHS[i % LENGTHS.length]!;
        jobs.push({ request: block(length), check: (result) => assertBlock(result, length) });
      } else {
        const [request, code, timeoutMs] = bad[i % bad.length]!;
        jobs.push({ request, ...(timeoutMs === undefined ? {} : { timeoutMs }), check: (result) => assertFailure(result, code) });
      }
    }
    const results = await Promise.all(jobs.map((job) => pool.build(job.timeoutMs === undefined ? job.request : { ...job.request, timeoutMs: job.timeoutMs })));
    results.forEach((result, index) => jobs[index]!.check(result));
    assert.equal(jobs.filter((_, index) => index % 5 < 3).length, 30);
  });

  it("replaces slots after recycleAfterBuilds builds without failing a request", async () => {
    const before = pool.health().recycles.builds;
    for (let i = 0; i < 12; i++) assertBlock(await pool.build(block(LENGTHS[i % LENGTHS.length]!)), LENGTHS[i % LENGTHS.length]!);
    assert.ok(pool.health().recycles.builds > before, JSON.stringify(pool.health().recycles));
  });

  it("warm() waits until the replacements and the spare have warmed up: size + spare idle slots, none starting", async () => {
    // The recycling above left replacements starting in the background.
    await pool.warm();
    const states = pool.health().slots.map((slot) => slot.state);
    assert.ok(!states.includes("starting"), states.join(", "));
    assert.equal(states.filter((state) => state === "idle").length, 3, states.join(", "));
    assertBlock(await pool.build(block(20)), 20);
  });

  it("fails only the build whose slot is killed with SIGKILL, clearly, and builds the next one", async () => {
    const running = pool.build({ source: SPIN, language: "js", type: "stl", timeoutMs: 20_000 });
    process.kill(await busySlotPid(), "SIGKILL");
    const result = await running;
    assertFailure(result, "INTERNAL");
    assert.match(!result.ok ? result.error.message : "", /build process ended unexpectedly/);
    assertBlock(await pool.build(block(30)), 30);
  });

  it("reports slots, builds served, recycles and isolation in health()", async () => {
    const health = pool.health();
    assert.equal(health.size, 2);
    assert.equal(health.spare, 1);
    assert.ok(health.buildsServed >= 60, String(health.buildsServed));
    assert.ok(health.recycles.crash + health.recycles.timeout >= 1, JSON.stringify(health.recycles));
    assert.ok(health.slots.length >= 2 && health.slots.every((slot) => typeof slot.id === "number"));
    assert.ok(health.slots.some((slot) => slot.state === "idle" && (slot.wasmBytes ?? 0) > 0));
    assert.equal(typeof health.isolation.network, "boolean");
  });

  it("describes a script from a slot: metadata, parameters and presets", async () => {
    const result = await pool.describe({ source: BLOCK, language: "ts" });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    assert.equal(result.description.metadata.name, "Block");
    assert.deepEqual(result.description.parameters.map((parameter) => parameter.name), ["p_length"]);
    assert.deepEqual(result.description.presets.default, { p_length: 40 });
    const broken = await pool.describe({ source: `export const p_x = FloatParam({ min: 5, default: 1 });\nexport function build() {}`, language: "js" });
    assert.equal(broken.ok, false);
    assert.equal(!broken.ok && broken.error.code, "SCRIPT_INVALID");
    assert.equal(!broken.ok && broken.error.param, "p_x");
  });

  it("rejects a bad output type, export option or time limit as USAGE without a slot", async () => {
    const served = pool.health().buildsServed;
    const type = await pool.build({ ...block(40), type: "obj" as OutputType });
    assertFailure(type, "USAGE");
    assert.equal(!type.ok && type.error.param, "type");
    assertFailure(await pool.build({ ...block(40), options: { tolerance: 0 } }), "USAGE");
    assertFailure(await pool.build({ ...block(40), timeoutMs: 0 }), "USAGE");
    assert.equal(pool.health().buildsServed, served);
  });
});

describe("a pool with a queue of one", () => {
  let small: BuildPool;
  before(async () => {
    small = await createBuildPool({ size: 1, spare: 0, maxQueue: 1, warmupBuilds: 0, log: () => undefined });
  });
  after(() => small.close());

  it("answers BUSY at once, with a retry hint, when the queue is full", async () => {
    const running = small.build({ source: SPIN, language: "js", type: "stl", timeoutMs: 1500 });
    const queued = small.build(block(40));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // "At once" is an order, not a duration: the refusal settles while the running build (1.5 s time limit) is still running.
    let runningSettled = false;
    void running.then(() => (runningSettled = true));
    const refused = await small.build(block(50));
    assert.equal(runningSettled, false, "BUSY waited for the running build to end");
    assertFailure(refused, "BUSY");
    assert.ok(!refused.ok && typeof refused.error.details?.retryAfterSeconds === "number");
    assertFailure(await running, "TIMEOUT");
    assertBlock(await queued, 40);
  });

  it("on close, answers queued requests BUSY, lets the running build end, and ends every slot", async () => {
    // The previous test's time-out retired the slot: start from a ready slot, so `running` runs rather than waits.
    await small.warm();
    const running = small.build({ source: SPIN, language: "js", type: "stl", timeoutMs: 1000 });
    const queued = small.build(block(40));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = small.close();
    assertFailure(await queued, "BUSY");
    assertFailure(await running, "TIMEOUT");
    await closing;
    assert.equal(small.health().closed, true);
    assert.deepEqual(small.health().slots, []);
    assertFailure(await small.build(block(40)), "BUSY");
  });
});

describe("pool options", () => {
  it("refuses a pool size of 0 with USAGE", async () => {
    await assert.rejects(createBuildPool({ size: 0 }), (error: { code?: string }) => error.code === "USAGE");
  });
});
