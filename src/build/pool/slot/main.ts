/**
 * A build slot: the entry of each sandboxed child process the pool starts (bundled by
 * `slotBundle.ts`). SES lockdown comes first; then the kernel loads, the API is hardened, the
 * warm-up builds run, and the slot answers jobs one at a time over IPC.
 */
import "./lockdown.ts";
import v8 from "node:v8";
import { kernel, kernelMemoryBytes, loadKernel, OperationMemo } from "../../../kernel/index.ts";
import { isParentMessage, type SentJob, type SlotConfig, type SlotJob, type SlotMessage, type SlotStats } from "../protocol.ts";
import { createConfinedEvaluator } from "./confine.ts";
import { DescribedScripts } from "./describedScripts.ts";
import { KeptScripts } from "./keptScripts.ts";
import { hardenModellingApi } from "./harden.ts";
import { brokenInvariant, slotFingerprint } from "./invariants.ts";
import { runJob, type SlotRuntime } from "./runJob.ts";
import { createWasmMemoryGuard } from "./wasmGuard.ts";

// Dates a script builds from fields or strings must not depend on the host's time zone.
process.env.TZ = "UTC";

let runtime: SlotRuntime | undefined;
const keptScripts = new KeptScripts();

const SETTLE_INTERVAL_MS = 50;
const SETTLE_MAX_MS = 3_000;
/** CPU time per idle interval (of one core) below which the background compilers are done. */
const SETTLED_CPU_SHARE = 0.1;

function send(message: SlotMessage): void {
  if (process.send === undefined || !process.connected) process.exit(0);
  process.send(message);
}

/**
 * The JS heap and resident memory as read after the slot's last reply (or its warm-up), sent with
 * the next (see `SlotStats`). Read before a reply they cost it ~0.07 ms; sent in a message of
 * their own after it, they cost the pool's process a wake-up per build (~0.08 ms of its CPU).
 */
let memoryAtRest = { heapUsedBytes: 0, rssBytes: 0 };

function stats(): SlotStats {
  return { wasmBytes: kernelMemoryBytes(), ...memoryAtRest };
}

function readMemoryAtRest(): void {
  memoryAtRest = { heapUsedBytes: v8.getHeapStatistics().used_heap_size, rssBytes: process.memoryUsage.rss() };
}

async function start(config: SlotConfig): Promise<void> {
  const memoryGuard = createWasmMemoryGuard({ buildBytes: config.wasmMaxBytes, exportBytes: config.exportWasmMaxBytes });
  if (config.kernelThreads > 1) {
    // The kernel's worker threads grow its memory too: each guards its growth before the kernel runs there.
    if (config.kernelThreadEntry === undefined) throw new Error("a multi-threaded kernel needs kernelThreadEntry, the module that guards its threads' memory");
    memoryGuard.shareWithKernelThreads();
  }
  await loadKernel({ threads: config.kernelThreads, threadEntry: config.kernelThreadEntry });
  const memory = (kernel() as unknown as { wasmMemory?: WebAssembly.Memory }).wasmMemory;
  if (memory !== undefined) memoryGuard.watch(memory);
  const guard = memory === undefined ? undefined : memoryGuard;
  runtime = { scope: hardenModellingApi(), evaluator: createConfinedEvaluator(), described: new DescribedScripts(), retireOnCaughtOverflow: config.retireOnCaughtOverflow, memo: config.memoBudgetBytes > 0 ? new OperationMemo({ budgetBytes: config.memoBudgetBytes, keepMinMs: config.memoKeepMinMs }) : undefined, memoryGuard: guard };
  const warmupStarted = performance.now();
  // Builds 0, 1, 4, 5, … validate the script as a slot's first build of a script does (with a table
  // that keeps nothing), the others take its kept description as a repeat build does: both paths
  // warm. The kept descriptions go in a table of the warm-up's own, and the jobs have no memo
  // tenant: the warm-up leaves nothing in the slot that a user's build could find.
  const validating: SlotRuntime = { ...runtime, described: new DescribedScripts({ maxEntries: 0 }) };
  const keeping: SlotRuntime = { ...runtime, described: new DescribedScripts() };
  const failed = new Set<SlotJob["script"]>();
  const warmupFailures: string[] = [];
  for (const [index, job] of config.warmup.entries()) {
    if (failed.has(job.script)) continue;
    const before = slotFingerprint();
    const outcome = await runJob(job, Math.floor(index / 2) % 2 === 0 ? validating : keeping);
    // As after a user's build: a build that left the slot suspect fails the start (the pool starts another).
    const broken = outcome.recycle === undefined ? brokenInvariant(before, slotFingerprint(), { caughtOverflows: runtime.retireOnCaughtOverflow !== false }) : undefined;
    if (outcome.recycle !== undefined || broken !== undefined) {
      throw new Error(`warm-up build ${index + 1} left the slot unusable (${outcome.recycle ?? broken?.reason}): ${outcome.internalMessage ?? broken?.message ?? (outcome.reply.ok ? "" : outcome.reply.error.message)}`);
    }
    // Any other failure costs only speed: that script is not built again, and the slot starts.
    if (!outcome.reply.ok) {
      failed.add(job.script);
      warmupFailures.push(`warm-up build ${index + 1} (${job.type}) failed: ${outcome.reply.error.code}: ${outcome.reply.error.message.split("\n")[0]}`);
    }
  }
  // The first build's compartments too: new and unused, nothing of the warm-up is in them (its
  // evaluations only gave the evaluator its scope).
  while (runtime.evaluator.prepareNext());
  if (config.warmup.length > 0) await settle();
  readMemoryAtRest();
  send({ type: "ready", startupMs: performance.now(), warmupMs: performance.now() - warmupStarted, warmupFailures, stats: stats() });
}

/**
 * Waits until the optimising compilers are done with what the warm-up gave them: V8 tiers hot
 * WebAssembly and JS functions up on background threads, which measured here kept both cores
 * busy for up to ~0.6 s after the last warm-up build, so a first request would share the CPU
 * with them. Done when an idle interval costs (almost) no CPU; bounded by SETTLE_MAX_MS.
 */
async function settle(): Promise<void> {
  const deadline = performance.now() + SETTLE_MAX_MS;
  while (performance.now() < deadline) {
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_INTERVAL_MS));
    const used = process.cpuUsage(before);
    if ((used.user + used.system) / 1000 <= SETTLE_INTERVAL_MS * SETTLED_CPU_SHARE) return;
  }
}

/**
 * The next evaluations' compartments are made (`ConfinedEvaluator.prepareNext`) this long after a
 * reply, not at once: the pool's process is handling the reply then and should have the CPU (made
 * at once, it cost that handling ~0.1–0.2 ms on a busy machine, measured); one per timer turn, so
 * a job that comes first waits for one at most, and cancels the rest (made during a job, they
 * would cost that job).
 */
const PREPARE_AFTER_REPLY_MS = 2;
let preparing: ReturnType<typeof setTimeout> | undefined;

function prepareAfter(delayMs: number): void {
  preparing = setTimeout(() => {
    if (runtime?.evaluator.prepareNext() === true) prepareAfter(0);
  }, delayMs);
}

async function answer(id: number, sent: SentJob): Promise<void> {
  clearTimeout(preparing);
  if (runtime === undefined) return;
  const cpuAtStart = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpuAtStart);
    return (used.user + used.system) / 1000;
  };
  let job: SlotJob;
  try {
    job = keptScripts.receive(sent);
  } catch (error) {
    // The pool and this slot disagree about what it keeps: answer, and be replaced.
    const message = error instanceof Error ? error.message : String(error);
    send({ type: "done", id, reply: { ok: false, error: { code: "INTERNAL", message: "the build failed because of an internal error" } }, stats: stats(), cpuMs: cpuMs(), recycle: "internal", internalMessage: message });
    readMemoryAtRest();
    return;
  }
  const before = slotFingerprint();
  const outcome = await runJob(job, runtime);
  // Reply only once the microtask queue is empty: a tick queued from this continuation (itself a
  // microtask) runs after every microtask, those queued meanwhile too, so the script's run first
  // and a promise loop blocks the reply: the job's time limit (the pool's) ends this build, not
  // the next one. A tick, not a turn of the event loop (setImmediate): that guarantee is the same,
  // and the turn cost the reply ~0.05 ms. The end-of-build invariants are checked then too, after
  // everything the script left to run, and before the reply: its `recycle` tells the pool not to
  // cache the result or reuse the slot.
  process.nextTick(() => {
    const caughtOverflows = runtime?.retireOnCaughtOverflow !== false;
    const broken = outcome.recycle === undefined ? brokenInvariant(before, slotFingerprint(), { caughtOverflows }) : undefined;
    const recycle = outcome.recycle ?? broken?.reason;
    send({ type: "done", id, reply: keptScripts.reply(sent, outcome.reply), stats: stats(), cpuMs: cpuMs(), recycle, internalMessage: outcome.internalMessage ?? broken?.message });
    // The reply is written: the memory readings for the next one, and the next evaluations'
    // compartments, are no longer on its way.
    readMemoryAtRest();
    prepareAfter(PREPARE_AFTER_REPLY_MS);
  });
}

process.on("message", (message: unknown) => {
  if (!isParentMessage(message)) return;
  if (message.type === "init") {
    start(message.config).catch((error: unknown) => {
      send({ type: "failed", message: startFailure(error) });
      process.exitCode = 1;
      process.disconnect();
    });
  } else {
    void answer(message.id, message.job);
  }
});
/** For the operator's log: a permission refusal names the path the slot could not read. */
function startFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, resource } = error as Error & { code?: unknown; resource?: unknown };
  return [error.message, typeof code === "string" ? `(${code})` : "", typeof resource === "string" ? `reading ${resource}` : ""].filter(Boolean).join(" ");
}

process.on("disconnect", () => process.exit(0));
// A script's unawaited rejected promise must not end the slot.
process.on("unhandledRejection", () => undefined);
