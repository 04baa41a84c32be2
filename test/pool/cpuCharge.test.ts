/**
 * What a job is charged (`computeMs`, what compute budgets count): its slot time, or the CPU its
 * slot's process reported using on it when that is more. A kernel with several threads
 * (`kernelThreads`) runs Booleans and meshing on its pool threads in parallel with the slot's
 * main thread, and a job must not get N times its budget that way: the slot measures its whole
 * process (process.cpuUsage, every thread) from receiving the job to replying (a job it does not
 * answer is measured from outside: unrepliedCharge.test.ts). With fake slots
 * that report a CPU time (no kernel): the charge follows it when it is above the slot time, and a
 * report that is not a finite number of milliseconds is ignored, never charged.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { SlotBundle } from "../../src/build/pool/slotBundle.ts";
import type { SlotConfig, SlotJob } from "../../src/build/pool/protocol.ts";
import { SlotScheduler } from "../../src/build/pool/slotScheduler.ts";
import { fakeJob, fakeLaunch } from "./fakeSlot.ts";

/** A slot that answers every job at once, reporting `values.cpuMs` as the CPU it used (as a slot whose kernel threads worked in parallel). */
const FAKE_SLOT = `
const stats = { wasmBytes: 0, heapUsedBytes: 0, rssBytes: 0 };
process.on("message", (message) => {
  if (message.type === "init") return process.send({ type: "ready", startupMs: 0, warmupMs: 0, warmupFailures: [], stats });
  const reply = { ok: false, error: { code: "GEOMETRY", message: "answered" } };
  process.send({ type: "done", id: message.id, reply, stats, cpuMs: message.job.values.cpuMs, recycle: undefined, internalMessage: undefined });
});
process.on("disconnect", () => process.exit(0));
`;
const FAKE_LAUNCH = fakeLaunch(FAKE_SLOT);
const LIMIT_MS = 60_000;

function job(cpuMs: unknown): SlotJob {
  return fakeJob({ cpuMs });
}

describe("a job's charge", () => {
  const scheduler = new SlotScheduler(
    { size: 1, spare: 0, timeoutMs: LIMIT_MS, maxQueue: 10, recycleAfterBuilds: 1000, wasmRecycleBytes: 1 << 30, heapMb: 64, wasmMaxPages: 1, exportWasmMaxPages: 1, startupTimeoutMs: 30_000, fairnessGraceMs: 0 },
    { launch: FAKE_LAUNCH, bundle: { dispose: () => undefined } as unknown as SlotBundle, config: { warmup: [] } as unknown as SlotConfig, log: () => undefined },
  );
  after(() => scheduler.close());

  it("is the CPU its slot used on it when that is more than its slot time (kernel threads working in parallel)", async () => {
    await scheduler.start();
    const result = await scheduler.run(job(45_000), LIMIT_MS, "tenant", undefined);
    assert.equal(result.reply.ok, false);
    assert.ok(result.slotMs < 45_000, `answered at once: ${result.slotMs} ms`);
    assert.equal(result.computeMs, 45_000);
  });

  it("is its slot time when its slot used less CPU (waiting is charged too)", async () => {
    const result = await scheduler.run(job(0), LIMIT_MS, "tenant", undefined);
    assert.equal(result.computeMs, result.slotMs);
    assert.ok(result.computeMs > 0);
  });

  it("ignores a CPU report that is not a finite number of milliseconds", async () => {
    for (const cpuMs of [undefined, null, "90000", -5, Number.NaN, Number.POSITIVE_INFINITY, [90_000]]) {
      const result = await scheduler.run(job(cpuMs), LIMIT_MS, "tenant", undefined);
      assert.equal(result.computeMs, result.slotMs, `for ${String(cpuMs)}`);
      assert.ok(Number.isFinite(result.computeMs));
    }
  });
});
