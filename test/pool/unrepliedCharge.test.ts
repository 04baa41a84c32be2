/**
 * A job its slot does not answer — stopped at its time limit, cancelled, or ended with its slot —
 * is charged the CPU its slot's processes used on it, read from outside (/proc, `slotCpu.ts`),
 * when that is more than its slot time: with kernel threads it may use N times its slot time, and
 * always timing out must not buy N times a budget. Fake slots without a kernel spin on two threads
 * (the main one and a worker) and write their own CPU (`process.cpuUsage`, every thread) to a file
 * as they go: the charge is checked against that independent reading, not against a clock.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SlotBundle } from "../../src/build/pool/slotBundle.ts";
import type { SlotConfig } from "../../src/build/pool/protocol.ts";
import { SlotProcess, type JobResult } from "../../src/build/pool/slotProcess.ts";
import { SlotScheduler } from "../../src/build/pool/slotScheduler.ts";
import type { SlotLaunch } from "../../src/build/pool/launch.ts";
import { fakeJob, fakeLaunch } from "./fakeSlot.ts";

/**
 * Per job: writes its CPU at the start to `values.file`, then spins on its main thread and a
 * worker, which writes "<start> <now>" (ms of CPU) there every 20 ms; with `values.exitAfterMs`,
 * the worker kills the process (SIGKILL) after that long.
 */
const SPINNING_SLOT = `
const { writeFileSync } = require("node:fs");
const { Worker } = require("node:worker_threads");
const stats = { wasmBytes: 0, heapUsedBytes: 0, rssBytes: 0 };
const cpuMs = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
process.on("message", (message) => {
  if (message.type === "init") return process.send({ type: "ready", startupMs: 0, warmupMs: 0, warmupFailures: [], stats });
  const { file, exitAfterMs } = message.job.values;
  const startMs = cpuMs();
  writeFileSync(file, startMs + " " + startMs);
  new Worker(\`
    const { renameSync, writeFileSync } = require("node:fs");
    const { file, startMs, exitAfterMs } = require("node:worker_threads").workerData;
    const began = performance.now();
    for (let next = began; ; ) {
      const now = performance.now();
      if (now < next) continue;
      const used = process.cpuUsage();
      // Written whole, then renamed: a kill never leaves it half written.
      writeFileSync(file + ".new", startMs + " " + (used.user + used.system) / 1000);
      renameSync(file + ".new", file);
      if (exitAfterMs !== undefined && now - began >= exitAfterMs) process.kill(process.pid, "SIGKILL");
      next = now + 20;
    }\`, { eval: true, workerData: { file, startMs, exitAfterMs } });
  for (;;) {}
});
process.on("disconnect", () => process.exit(0));
`;
/** As the pool runs a slot in a PID namespace: under a shell that waits for it (launch.ts, NAMESPACE_INIT). */
function underShell(launch: SlotLaunch): SlotLaunch {
  return { ...launch, command: "/bin/sh", args: ["-c", '"$@"; exit $?', "fake-slot", launch.command, ...launch.args], signalAsExitStatus: true };
}
const LAUNCHES: Array<[string, SlotLaunch]> = [
  ["run as Node itself", fakeLaunch(SPINNING_SLOT)],
  ["run under a wrapper", underShell(fakeLaunch(SPINNING_SLOT))],
];
const LIMIT_MS = 1500;
/** /proc counts in 10 ms ticks, user and system apart, read twice; the worker writes every 20 ms. */
const READING_SLACK_MS = 60;
const CONFIG = { warmup: [] } as unknown as SlotConfig;
const LIMITS = { heapMb: 64, wasmMaxBytes: 65_536, exportWasmMaxBytes: 65_536, startupTimeoutMs: 30_000 };

const directory = mkdtempSync(join(tmpdir(), "partforge-charge-"));
after(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;

/** A job of the spinning slot, and the CPU the slot itself read it used (after its end). */
function spinningJob(exitAfterMs?: number): { job: ReturnType<typeof fakeJob>; usedMs: () => number } {
  const file = join(directory, `cpu-${files++}`);
  return {
    job: fakeJob({ file, exitAfterMs }),
    usedMs: () => {
      const [startMs, lastMs] = readFileSync(file, "utf8").split(" ").map(Number) as [number, number];
      return lastMs - startMs;
    },
  };
}

function assertChargedItsCpu(result: JobResult, usedMs: number): void {
  assert.ok(result.cpuMs !== undefined, `no CPU was read for a job its slot did not answer (slot time ${result.slotMs} ms)`);
  assert.ok(result.cpuMs >= usedMs - READING_SLACK_MS, `charged ${result.cpuMs} ms of CPU, the slot read ${usedMs} ms itself`);
}

for (const [how, launch] of LAUNCHES) {
  describe(`a job its slot did not answer (the slot ${how})`, () => {
    it("is charged the CPU both threads used when stopped at its time limit", async () => {
      const slot = new SlotProcess(1, launch, CONFIG, LIMITS, () => undefined);
      await slot.ready;
      const { job, usedMs } = spinningJob();
      const result = await slot.run(job, LIMIT_MS);
      await slot.exited;
      assert.equal(result.recycle, "timeout");
      assertChargedItsCpu(result, usedMs());
    });

    it("is charged the CPU both threads used when cancelled", async () => {
      const slot = new SlotProcess(1, launch, CONFIG, LIMITS, () => undefined);
      await slot.ready;
      const { job, usedMs } = spinningJob();
      const running = slot.run(job, 30_000);
      // Cancelled once the slot has used some CPU on it (read by the slot, not timed here).
      while (readAfter(usedMs) < 300) await new Promise((resolve) => setTimeout(resolve, 20));
      slot.abort();
      const result = await running;
      assert.equal(result.recycle, "cancel");
      assertChargedItsCpu(result, usedMs());
    });

    it("is charged the CPU both threads used when its slot ends mid-job", async () => {
      const slot = new SlotProcess(1, launch, CONFIG, LIMITS, () => undefined);
      await slot.ready;
      const { job, usedMs } = spinningJob(600);
      const result = await slot.run(job, 30_000);
      assert.equal(result.recycle, "crash");
      assertChargedItsCpu(result, usedMs());
    });
  });
}

/** The slot's own reading so far; 0 before its first write. */
function readAfter(usedMs: () => number): number {
  try {
    return usedMs();
  } catch {
    return 0;
  }
}

describe("a pool's charge for a job stopped at its time limit", () => {
  const scheduler = new SlotScheduler(
    { size: 1, spare: 0, timeoutMs: LIMIT_MS, maxQueue: 10, recycleAfterBuilds: 1000, wasmRecycleBytes: 1 << 30, heapMb: 64, wasmMaxPages: 1, exportWasmMaxPages: 1, startupTimeoutMs: 30_000, fairnessGraceMs: 0 },
    { launch: underShell(fakeLaunch(SPINNING_SLOT)), bundle: { dispose: () => undefined } as unknown as SlotBundle, config: CONFIG, log: () => undefined },
  );
  after(() => scheduler.close());

  it("is the CPU its slot's two threads used when that is more than the limit, plus the replacement's warm-up", async () => {
    await scheduler.start();
    const { job, usedMs } = spinningJob();
    const result = await scheduler.run(job, LIMIT_MS, "tenant", undefined);
    assert.deepEqual(!result.reply.ok && result.reply.error.code, "TIMEOUT");
    const used = usedMs();
    assertChargedItsCpu(result, used);
    assert.ok(result.computeMs >= Math.max(used - READING_SLACK_MS, result.slotMs), `charged ${result.computeMs} ms; slot time ${result.slotMs} ms, CPU read by the slot ${used} ms`);
    // Two threads spinning for the whole limit use more CPU than the limit, unless the machine could not give them two cores.
    if (used > 1.5 * LIMIT_MS) assert.ok(result.computeMs >= 1.5 * LIMIT_MS, `charged ${result.computeMs} ms`);
  });
});
