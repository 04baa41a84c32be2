/**
 * A job's time limit is the pool's: when it passes, the pool kills the slot, the job answers
 * TIMEOUT at once (counted as a "timeout" recycle, not a crash) and the slot is replaced. First a
 * slot process that never answers, without the kernel; then real scripts that run out of time at
 * their top level, in build(), in a describe, inside the kernel, and in promise callbacks after
 * build() returned (while the job exports), each beside another tenant's build that must not notice.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildModel } from "../../src/build/index.ts";
import { createBuildPool, type BuildPool } from "../../src/build/pool/index.ts";
import type { SlotConfig, SlotJob } from "../../src/build/pool/protocol.ts";
import { SlotProcess, type JobResult } from "../../src/build/pool/slotProcess.ts";
import { fakeJob, fakeLaunch } from "./fakeSlot.ts";

/** A slot that starts at once and, per job, spins forever or answers after `values.delayMs`. */
const FAKE_SLOT = `
const stats = { wasmBytes: 0, heapUsedBytes: 0, rssBytes: 0 };
process.on("message", (message) => {
  if (message.type === "init") return process.send({ type: "ready", startupMs: 0, warmupMs: 0, stats });
  const { mode, delayMs } = message.job.values;
  if (mode === "spin") for (;;) {}
  setTimeout(() => process.send({ type: "done", id: message.id, reply: { ok: false, error: { code: "GEOMETRY", message: "answered" } }, stats, recycle: undefined, internalMessage: undefined }), delayMs);
});
process.on("disconnect", () => process.exit(0));
`;
const FAKE_LAUNCH = fakeLaunch(FAKE_SLOT);

function job(values: { mode: "spin" } | { mode: "answer"; delayMs: number }): SlotJob {
  return fakeJob(values);
}

async function startedFakeSlot(): Promise<SlotProcess> {
  const slot = new SlotProcess(1, FAKE_LAUNCH, { warmup: [] } as unknown as SlotConfig, { heapMb: 64, wasmMaxBytes: 65_536, exportWasmMaxBytes: 65_536, startupTimeoutMs: 30_000 }, () => undefined);
  await slot.ready;
  return slot;
}

function assertTimedOut(result: JobResult, limitMs: number): void {
  assert.deepEqual(result.reply, { ok: false, error: { code: "TIMEOUT", message: `the build exceeded its time limit of ${limitMs / 1000} s and was stopped` } });
  assert.equal(result.recycle, "timeout");
  assert.ok(result.slotMs >= limitMs, `the job had its whole limit: ${result.slotMs} ms of ${limitMs}`);
}

describe("a slot process's time limit", () => {
  it("kills a slot that does not answer within the limit, answers TIMEOUT at once, asking for its replacement", async () => {
    const slot = await startedFakeSlot();
    const result = await slot.run(job({ mode: "spin" }), 300);
    assertTimedOut(result, 300);
    assert.equal(slot.state === "retiring" || slot.state === "exited", true, slot.state);
    await slot.exited;
    assert.equal(slot.exitedMidJob, false, "the job was answered before the process was gone");
  });

  it("answers TIMEOUT for a job still running when its limit passes even though it would answer later (a slow export)", async () => {
    const slot = await startedFakeSlot();
    assertTimedOut(await slot.run(job({ mode: "answer", delayMs: 1000 }), 200), 200);
    await slot.exited;
  });

  it("keeps a slot that answers within the limit, and times the next job afresh", async () => {
    const slot = await startedFakeSlot();
    try {
      for (let i = 0; i < 3; i++) {
        const result = await slot.run(job({ mode: "answer", delayMs: 0 }), 10_000);
        assert.deepEqual(result.reply, { ok: false, error: { code: "GEOMETRY", message: "answered" } });
        assert.equal(result.recycle, undefined);
        assert.equal(slot.state, "idle");
      }
      // A limit below a millisecond is a limit of one timer tick: the job gets it whole, whatever comes first.
      const tiny = await slot.run(job({ mode: "answer", delayMs: 0 }), 0.5);
      // An answer may come back sooner than the limit (a fast IPC round trip): only a timeout has used it up whole.
      if (tiny.recycle === "timeout") assertTimedOut(tiny, 0.5);
      else assert.equal(slot.state, "idle");
    } finally {
      slot.kill();
      await slot.exited;
    }
  });

  it("answers a cancel after the limit passed with the TIMEOUT already given, not CANCELLED", async () => {
    const slot = await startedFakeSlot();
    const result = await slot.run(job({ mode: "spin" }), 100);
    slot.abort();
    assertTimedOut(result, 100);
    await slot.exited;
  });
});

const BOX = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Box" };
export const p_w = FloatParam({ min: 1, max: 100, default: 20 });
export function build() { return Workplane("XY").box(p_w.value, 10, 10); }
`;
const LIMIT_MS = 1500;
const RUNAWAYS: Array<{ name: string; source: string; describe?: boolean }> = [
  { name: "an endless loop at the script's top level", source: "for (;;) {}\nexport function build() {}\n" },
  { name: "an endless loop in build()", source: "export function build() {\n  for (;;) {}\n}\n" },
  { name: "an endless loop at the top level, while describing", source: "for (;;) {}\nexport function build() {}\n", describe: true },
  { name: "a long kernel call (a block cut by 400 holes at once)", source: `export function build() {\n  return Workplane("XY").box(40, 40, 5).faces(">Z").workplane().rarray(1.9, 1.9, 20, 20).hole(1);\n}\n` },
  {
    name: "endless promise callbacks after build() returned, while the job exports",
    source: `export function build() {\n  const spin = () => {\n    Promise.resolve().then(spin);\n  };\n  spin();\n  return Workplane("XY").box(1, 2, 3);\n}\n`,
  },
];

describe("a pool's time limit", () => {
  let pool: BuildPool;
  let reference: Uint8Array;
  before(async () => {
    [pool, reference] = await Promise.all([
      createBuildPool({ size: 2, spare: 1, warmupBuilds: 1, log: () => undefined }),
      buildModel({ source: BOX, language: "ts", type: "stl" }).then((output) => output.bytes),
    ]);
  });
  after(() => pool.close());

  const otherTenantsBuild = async (): Promise<void> => {
    const result = await pool.build({ source: BOX, language: "ts", type: "stl", tenant: "bystander" });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    assert.ok(Buffer.from(result.bytes).equals(Buffer.from(reference)), "the other tenant's STL differs from the in-process build");
  };

  for (const runaway of RUNAWAYS) {
    it(`stops ${runaway.name}: TIMEOUT, one "timeout" recycle, no crash, another tenant's build unaffected`, async () => {
      await pool.warm();
      const before = pool.health().recycles;
      const request = { source: runaway.source, language: "js" as const, tenant: "runaway", timeoutMs: LIMIT_MS };
      const [result] = await Promise.all([runaway.describe === true ? pool.describe(request) : pool.build({ ...request, type: "stl" }), otherTenantsBuild()]);
      assert.equal(result.ok, false, "the runaway build succeeded");
      assert.deepEqual(!result.ok && result.error, { code: "TIMEOUT", message: "the build exceeded its time limit of 1.5 s and was stopped" });
      const recycles = pool.health().recycles;
      assert.equal(recycles.timeout, before.timeout + 1, JSON.stringify(recycles));
      assert.equal(recycles.crash, before.crash, JSON.stringify(recycles));
      await otherTenantsBuild();
    });
  }

  it("takes a limit of 1 ms as a limit, not as a fault: TIMEOUT (or the box, on a machine that fast), and the pool goes on", async () => {
    await pool.warm();
    const before = pool.health().recycles;
    const result = await pool.build({ source: BOX, language: "ts", type: "stl", values: { p_w: "21" }, timeoutMs: 1 });
    const recycles = pool.health().recycles;
    if (!result.ok) {
      assert.deepEqual(result.error, { code: "TIMEOUT", message: "the build exceeded its time limit of 0.001 s and was stopped" });
      assert.equal(recycles.timeout, before.timeout + 1);
    } else assert.equal(recycles.timeout, before.timeout);
    assert.equal(recycles.crash, before.crash);
    await otherTenantsBuild();
  });
});

describe("a pool of 2-thread kernels' time limit", () => {
  let pool: BuildPool;
  let reference: Uint8Array;
  before(async () => {
    [pool, reference] = await Promise.all([
      createBuildPool({ size: 1, spare: 1, warmupBuilds: 1, kernelThreads: 2, log: () => undefined }),
      buildModel({ source: BOX, language: "ts", type: "stl" }).then((output) => output.bytes),
    ]);
  });
  after(() => pool.close());

  it("stops a long Boolean running on the kernel's threads in parallel: TIMEOUT, a \"timeout\" recycle, and the next build is served whole", async () => {
    await pool.warm();
    const before = pool.health().recycles;
    const runaway = RUNAWAYS.find((r) => r.name.startsWith("a long kernel call"))!;
    const result = await pool.build({ source: runaway.source, language: "js", type: "stl", tenant: "runaway", timeoutMs: LIMIT_MS });
    assert.deepEqual(!result.ok && result.error, { code: "TIMEOUT", message: "the build exceeded its time limit of 1.5 s and was stopped" });
    assert.ok(result.computeMs >= LIMIT_MS, `charged at least its limit: ${result.computeMs}`);
    const recycles = pool.health().recycles;
    assert.equal(recycles.timeout, before.timeout + 1, JSON.stringify(recycles));
    assert.equal(recycles.crash, before.crash, JSON.stringify(recycles));
    const next = await pool.build({ source: BOX, language: "ts", type: "stl", tenant: "bystander" });
    assert.ok(next.ok, JSON.stringify(!next.ok && next.error));
    assert.ok(Buffer.from(next.bytes).equals(Buffer.from(reference)), "the next STL differs from the in-process build");
    assert.equal(pool.health().recycles.crash, before.crash);
  });
});
