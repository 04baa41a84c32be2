/**
 * The pool's slot side: the warm slot processes and the fair, bounded queue in front of them.
 * Starts slots and keeps `size + spare` of them starting or in service (backing off after failed
 * starts), hands queued jobs to idle slots, retires a slot a job left suspect (or that is old or
 * large), and counts what happened for `health()`.
 */
import { PartforgeError, type ErrorData } from "../../shared/errors.ts";
import type { BeforeRun } from "../request.ts";
import { FairQueue } from "./fairQueue.ts";
import type { SlotLaunch } from "./launch.ts";
import type { RecycleReason, SlotConfig, SlotJob } from "./protocol.ts";
import type { SlotBundle } from "./slotBundle.ts";
import { cancelledError } from "../result.ts";
import { SlotProcess, type JobResult } from "./slotProcess.ts";
import type { BuildPoolOptions, PoolHealth, PoolLogger } from "./types.ts";

/** What the scheduler needs of the pool's options, resolved. */
export type SchedulerOptions = Required<
  Pick<BuildPoolOptions, "size" | "spare" | "timeoutMs" | "maxQueue" | "recycleAfterBuilds" | "wasmRecycleBytes" | "heapMb" | "wasmMaxPages" | "exportWasmMaxPages" | "startupTimeoutMs" | "fairnessGraceMs">
>;

/**
 * A slot job's result, the compute it is charged (its slot time or its CPU, see `chargedMs`, plus
 * a replacement's warm-up when it retired its slot) and how long it waited in the queue for a slot
 * (absent when it never joined the queue: refused at once).
 */
export type RunResult = JobResult & { computeMs: number; queueMs?: number };

interface Waiting {
  job: SlotJob;
  /** The job's time limit (`SlotProcess.run`). */
  limitMs: number;
  beforeRun: BeforeRun | undefined;
  /** When it joined the queue (`performance.now()`). */
  enqueuedAt: number;
  /** The slot running it, once taken from the queue (a cancel kills it). */
  slot?: SlotProcess;
  /** Set when it runs again in a new slot (`#mayRetry`): it runs again at most once. */
  retried?: boolean;
  resolve(result: RunResult): void;
}

/** What `health()` reports of the slots and the queue. */
export type SchedulerHealth = Omit<PoolHealth, "size" | "spare" | "closed" | "cache">;

/**
 * A job's slot time, or the CPU its slot used on it when that is more: as the slot reported it, or
 * as read from outside for a job it did not answer (`JobResult.cpuMs`); a number that is not a
 * finite count of ms counts as none.
 */
function chargedMs(result: JobResult): number {
  const cpuMs = result.cpuMs;
  return typeof cpuMs === "number" && Number.isFinite(cpuMs) && cpuMs > result.slotMs ? cpuMs : result.slotMs;
}

/** The answer to a request that comes, or still waits, when the pool is closing. */
export function shuttingDown(): ErrorData {
  return { code: "BUSY", message: "the build service is shutting down; retry shortly", details: { retryAfterSeconds: 5 } };
}

const MAX_RESPAWN_DELAY_MS = 30_000;
/** Scripts whose last slot is remembered for routing (oldest forgotten first). */
const MAX_REMEMBERED_SCRIPTS = 10_000;
const FAILED_STARTS_BEFORE_GIVING_UP = 3;
/** How long close() waits for killed slots to end before releasing their handles. */
const CLOSE_GRACE_MS = 5000;

/** The slots of one pool and the queue in front of them; `BuildPool` is its only user. */
export class SlotScheduler {
  readonly #options: SchedulerOptions;
  readonly #launch: SlotLaunch;
  readonly #bundle: SlotBundle;
  readonly #config: SlotConfig;
  readonly #log: PoolLogger;
  readonly #slots = new Set<SlotProcess>();
  readonly #retired = new WeakSet<SlotProcess>();
  readonly #queue: FairQueue<Waiting>;
  readonly #recycles: Record<RecycleReason, number> = { builds: 0, wasm: 0, timeout: 0, memory: 0, crash: 0, kernel: 0, overflow: 0, internal: 0, integrity: 0, cancel: 0 };
  #running = 0;
  #buildsServed = 0;
  #startFailures = 0;
  #failedStartsInARow = 0;
  #nextSlotId = 1;
  #respawnTimer: NodeJS.Timeout | undefined;
  /** After failed starts, no slot is started before this time (`performance.now()`). */
  #nextStartAt = 0;
  #fairnessTimer: NodeJS.Timeout | undefined;
  #closed = false;
  readonly #idle: Array<() => void> = [];
  /**
   * The slot that last ran each tenant's script (`tenant`, NUL, the script's hash): a rebuild
   * goes back there when it is free, to reuse that slot's operation memo (src/kernel/operationMemo.ts).
   */
  readonly #lastSlot = new Map<string, SlotProcess>();
  /** Jobs to run again in a slot that has served nothing yet (`#mayRetry`), before any queued one, oldest first. */
  readonly #retries: Waiting[] = [];

  constructor(options: SchedulerOptions, parts: { launch: SlotLaunch; bundle: SlotBundle; config: SlotConfig; log: PoolLogger }) {
    this.#options = options;
    this.#launch = parts.launch;
    this.#bundle = parts.bundle;
    this.#config = parts.config;
    this.#log = parts.log;
    this.#queue = new FairQueue({ slots: options.size, graceMs: options.fairnessGraceMs });
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Starts `size` slots and resolves when they are warm; spares follow in the background. */
  async start(): Promise<void> {
    const first = Array.from({ length: this.#options.size }, () => this.#spawn());
    try {
      await Promise.all(first.map((slot) => slot.ready));
    } catch (error) {
      await this.close();
      throw new PartforgeError("INTERNAL", `the build pool could not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    this.#ensureCapacity();
  }

  /** Resolves when no slot is starting any more (see `BuildPool.warm`). */
  async warm(): Promise<void> {
    for (;;) {
      const starting = [...this.#slots].filter((slot) => slot.state === "starting");
      if (starting.length === 0 || this.#closed) return;
      await Promise.allSettled(starting.map((slot) => slot.ready));
    }
  }

  health(): SchedulerHealth {
    return {
      slots: [...this.#slots].map((slot) => ({
        id: slot.id,
        pid: slot.pid,
        state: slot.state,
        buildsServed: slot.buildsServed,
        startupMs: slot.startupMs,
        wasmBytes: slot.stats?.wasmBytes,
        heapUsedBytes: slot.stats?.heapUsedBytes,
        rssBytes: slot.stats?.rssBytes,
      })),
      // A job waiting to run again in a new slot (`#mayRetry`) waits too.
      queued: this.#queue.length + this.#retries.length,
      running: this.#running,
      buildsServed: this.#buildsServed,
      recycles: { ...this.#recycles },
      startFailures: this.#startFailures,
      startFailuresInARow: this.#failedStartsInARow,
      isolation: this.#launch.isolation,
    };
  }

  /** Stops taking work, answers queued requests BUSY, lets running builds finish, ends every slot. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#respawnTimer);
    clearTimeout(this.#fairnessTimer);
    for (const waiting of [...this.#queue.drain(), ...this.#retries.splice(0)]) waiting.resolve(jobFailure(shuttingDown(), waitedMs(waiting)));
    // Running builds get their time limits (the longest allowed) to finish; then every slot is killed.
    if (this.#running > 0) await withinMs(new Promise<void>((resolve) => this.#idle.push(resolve)), this.#options.timeoutMs + CLOSE_GRACE_MS);
    const slots = [...this.#slots];
    for (const slot of slots) {
      this.#retired.add(slot);
      slot.retire();
    }
    // A killed slot whose pipes stay open (a process left in its namespace) must not hold the pool's process forever.
    if (!(await withinMs(Promise.all(slots.map((slot) => slot.exited)), CLOSE_GRACE_MS))) {
      for (const slot of slots) if (slot.state !== "exited") slot.abandon();
      this.#log("warn", "a build slot did not end within its grace period after the pool closed; its handles were released");
    }
    await this.#bundle.dispose();
  }

  /**
   * Queues `job` of `tenant` for a slot (fairly, see `FairQueue`), to run under a time limit of
   * `limitMs` once a slot takes it (see `SlotProcess.run`). When the queue is full, the
   * tenant with the most builds waiting gives up its newest one (BUSY) if it has more waiting than
   * this tenant would; otherwise this request is BUSY at once. So one tenant may fill an idle
   * queue, yet never keeps another out of it. When `signal` aborts, a waiting job leaves the
   * queue and a running one's slot is killed (and replaced); either answers CANCELLED.
   */
  run(job: SlotJob, limitMs: number, tenant: string, beforeRun: BeforeRun | undefined, signal?: AbortSignal): Promise<RunResult> {
    if (this.#closed) return Promise.resolve(jobFailure(shuttingDown()));
    if (signal?.aborted === true) return Promise.resolve(jobFailure(cancelledError()));
    if (this.#queue.length >= this.#options.maxQueue) {
      const retryAfterSeconds = Math.min(30, Math.max(1, Math.ceil(((this.#queue.length / this.#options.size) * this.#options.timeoutMs) / 10_000)));
      const busy = jobFailure({ code: "BUSY", message: `the build service is busy (${this.#queue.length} builds waiting); retry in ${retryAfterSeconds} s`, details: { retryAfterSeconds } });
      const most = this.#queue.mostWaiting();
      if (most === undefined || most.tenant === tenant || most.waiting <= this.#queue.waitingOf(tenant) + 1) return Promise.resolve(busy);
      const dropped = this.#queue.dropNewest(most.tenant);
      dropped?.resolve({ ...busy, queueMs: waitedMs(dropped) });
    }
    return new Promise<RunResult>((resolve) => {
      const waiting: Waiting = { job, limitMs, beforeRun, enqueuedAt: performance.now(), resolve };
      if (signal !== undefined) this.#cancelOnAbort(waiting, tenant, signal);
      this.#queue.push(tenant, waiting);
      this.#dispatch();
    });
  }

  /**
   * When `signal` aborts, `waiting` leaves the queue (or the retries) and answers CANCELLED, or
   * its slot is killed; its answer stops listening. Only a job with a signal pays for that
   * (the closures and the listener).
   */
  #cancelOnAbort(waiting: Waiting, tenant: string, signal: AbortSignal): void {
    const onAbort = () => {
      const retrying = this.#retries.indexOf(waiting);
      if (retrying !== -1) this.#retries.splice(retrying, 1);
      if (retrying !== -1 || this.#queue.remove(tenant, waiting)) waiting.resolve(jobFailure(cancelledError(), waitedMs(waiting)));
      else waiting.slot?.abort();
    };
    const resolve = waiting.resolve;
    waiting.resolve = (result) => {
      signal.removeEventListener("abort", onAbort);
      resolve(result);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  }

  #dispatch(): void {
    while (this.#retries.length > 0 && this.#running < this.#options.size) {
      const fresh = [...this.#slots].find((candidate) => candidate.state === "idle" && candidate.buildsServed === 0);
      if (fresh === undefined) break;
      const waiting = this.#retries.shift()!;
      this.#runOn(fresh, waiting, undefined, waitedMs(waiting));
    }
    while (this.#queue.length > 0 && this.#running < this.#options.size) {
      const idle = [...this.#slots].filter((candidate) => candidate.state === "idle");
      if (idle.length === 0) break;
      const next = this.#queue.take(performance.now());
      if (next === undefined) {
        this.#dispatchWhenSharesChange();
        break;
      }
      const { tenant, item: waiting } = next;
      const refusal = waiting.beforeRun?.();
      if (refusal !== undefined) {
        this.#queue.done(tenant, performance.now());
        waiting.resolve(jobFailure(refusal, waitedMs(waiting)));
        continue;
      }
      this.#runOn(this.#slotFor(tenant, waiting.job, idle), waiting, tenant, waitedMs(waiting));
    }
    if (this.#queue.length + this.#retries.length > 0 && this.#failedStartsInARow >= FAILED_STARTS_BEFORE_GIVING_UP && !this.#hasUsableSlot()) {
      const retryAfterSeconds = Math.ceil(this.#respawnDelayMs() / 1000);
      const message = `no build slot could be started (${this.#failedStartsInARow} attempts in a row failed); the service keeps trying: retry in ${retryAfterSeconds} s`;
      for (const waiting of [...this.#retries.splice(0), ...this.#queue.drain()]) waiting.resolve(jobFailure({ code: "BUSY", message, details: { retryAfterSeconds } }, waitedMs(waiting)));
    }
  }

  /** Runs `waiting` on the idle `slot`; `tenant`: the fair queue's, for a job taken from it (not a retry). */
  #runOn(slot: SlotProcess, waiting: Waiting, tenant: string | undefined, queueMs: number): void {
    this.#running += 1;
    waiting.slot = slot;
    const servedBefore = slot.buildsServed;
    slot.run(waiting.job, waiting.limitMs).then((result) => {
      this.#running -= 1;
      this.#buildsServed += 1;
      if (tenant !== undefined) this.#queue.done(tenant, performance.now());
      this.#afterJob(slot, result);
      if (this.#mayRetry(waiting, result, servedBefore)) {
        waiting.retried = true;
        this.#retries.push(waiting);
      } else {
        // A job is charged its slot time, or the CPU its slot used on it when that is more: a kernel with
        // several threads (`kernelThreads`) runs Booleans and meshing in parallel, and a job must not get
        // N times its budget that way, nor by running out of time (`JobResult.cpuMs`). A job that ended its
        // slot (a time limit, a crash, a broken invariant) also pays for the replacement's warm-up; a slot
        // retired for its age or memory is the service's cost, not this job's.
        waiting.resolve({ ...result, queueMs, computeMs: chargedMs(result) + (result.recycle !== undefined ? this.#replacementCostMs() : 0) });
      }
      this.#dispatch();
      if (this.#running === 0 && this.#retries.length === 0) for (const resolve of this.#idle.splice(0)) resolve();
    });
  }

  /**
   * Whether a job that ran out of memory runs again, once, in a slot that has served nothing yet:
   * when the slot it ran in had served builds before. The kernel's allocator does not always reuse
   * what earlier builds freed (measured: the cycloidal-gear port to STEP and STL grows a slot's
   * WebAssembly memory from 100 to 486 MiB, under the 512 MiB recycle mark; with the memo off,
   * its next STL build then needs more than the 1 GiB cap and fails, while every first build in
   * a new slot succeeds). Without this, whether a build fails with MEMORY_LIMIT would depend on
   * what the slot ran before; with it, MEMORY_LIMIT means the build needs more than a new slot
   * has. The retry gets its full time limit, and only its own run is charged (the first failed
   * because of the slot's past, not the request).
   */
  #mayRetry(waiting: Waiting, result: JobResult, servedBefore: number): boolean {
    return (
      !this.#closed &&
      waiting.retried !== true &&
      servedBefore > 0 &&
      result.recycle === "memory" &&
      !result.reply.ok &&
      result.reply.error.code === "MEMORY_LIMIT"
    );
  }

  /**
   * The idle slot for `tenant`'s `job`: the one that last ran the same script for the same
   * tenant when it is free, else the first idle one. Either way it is remembered as the last.
   */
  #slotFor(tenant: string, job: SlotJob, idle: readonly SlotProcess[]): SlotProcess {
    const key = `${tenant}\0${job.script.sha256}`;
    const last = this.#lastSlot.get(key);
    const slot = last !== undefined && idle.includes(last) ? last : idle[0]!;
    this.#lastSlot.delete(key);
    this.#lastSlot.set(key, slot);
    if (this.#lastSlot.size > MAX_REMEMBERED_SCRIPTS) this.#lastSlot.delete(this.#lastSlot.keys().next().value!);
    return slot;
  }

  /** A free slot is kept for a tenant within its grace; dispatch again when that grace ends. */
  #dispatchWhenSharesChange(): void {
    const now = performance.now();
    const at = this.#queue.nextChangeAt(now);
    if (at === undefined || this.#fairnessTimer !== undefined || this.#closed) return;
    this.#fairnessTimer = setTimeout(() => {
      this.#fairnessTimer = undefined;
      this.#dispatch();
    }, Math.max(1, Math.ceil(at - now)));
    this.#fairnessTimer.unref();
  }

  /** What warming a replacement slot costs: the mean start-up time of the slots in service (0 before any). */
  #replacementCostMs(): number {
    const startups = [...this.#slots].map((slot) => slot.startupMs).filter((ms): ms is number => ms !== undefined);
    return startups.length === 0 ? 0 : startups.reduce((sum, ms) => sum + ms, 0) / startups.length;
  }

  #afterJob(slot: SlotProcess, result: JobResult): void {
    if (result.internalMessage !== undefined) this.#log("warn", `build slot ${slot.id}: ${result.internalMessage}`);
    const stats = slot.stats;
    const reason: RecycleReason | undefined =
      result.recycle ??
      (slot.buildsServed >= this.#options.recycleAfterBuilds ? "builds" : undefined) ??
      (stats !== undefined && stats.wasmBytes >= this.#options.wasmRecycleBytes ? "wasm" : undefined);
    if (reason === undefined) return;
    this.#recycles[reason] += 1;
    this.#retire(slot);
  }

  #retire(slot: SlotProcess): void {
    this.#retired.add(slot);
    slot.retire();
    this.#ensureCapacity();
  }

  #hasUsableSlot(): boolean {
    return [...this.#slots].some((slot) => slot.state === "idle" || slot.state === "busy");
  }

  /** Keeps `size + spare` slots starting or in service. */
  #ensureCapacity(): void {
    if (this.#closed || this.#respawnTimer !== undefined) return;
    const live = [...this.#slots].filter((slot) => !this.#retired.has(slot) && slot.state !== "exited").length;
    const missing = this.#options.size + this.#options.spare - live;
    if (missing <= 0) return;
    const waitMs = this.#nextStartAt - performance.now();
    if (this.#failedStartsInARow > 0 && waitMs > 0) {
      this.#respawnTimer = setTimeout(() => {
        this.#respawnTimer = undefined;
        this.#ensureCapacity();
      }, Math.ceil(waitMs));
      this.#respawnTimer.unref();
      return;
    }
    for (let i = 0; i < missing; i++) this.#spawn();
  }

  /** The back-off before the next slot start after failed ones (doubling, at most 30 s). */
  #respawnDelayMs(): number {
    return Math.min(MAX_RESPAWN_DELAY_MS, 250 * 2 ** this.#failedStartsInARow);
  }

  #spawn(): SlotProcess {
    const slot = new SlotProcess(
      this.#nextSlotId++,
      this.#launch,
      this.#config,
      { heapMb: this.#options.heapMb, wasmMaxBytes: this.#options.wasmMaxPages * 65_536, exportWasmMaxBytes: this.#options.exportWasmMaxPages * 65_536, startupTimeoutMs: this.#options.startupTimeoutMs },
      (exited) => this.#onSlotExit(exited),
    );
    this.#slots.add(slot);
    slot.ready.then(
      () => {
        this.#failedStartsInARow = 0;
        for (const failure of slot.warmupFailures) this.#log("warn", `build slot ${slot.id}: ${failure}`);
        this.#dispatch();
      },
      (error: unknown) => {
        this.#startFailures += 1;
        this.#failedStartsInARow += 1;
        this.#nextStartAt = performance.now() + this.#respawnDelayMs();
        if (!this.#closed) this.#log("error", `build slot ${slot.id} failed to start: ${error instanceof Error ? error.message : String(error)}`);
        this.#retired.add(slot);
        slot.kill();
        this.#ensureCapacity();
        this.#dispatch();
      },
    );
    return slot;
  }

  #onSlotExit(slot: SlotProcess): void {
    this.#slots.delete(slot);
    for (const [key, last] of this.#lastSlot) if (last === slot) this.#lastSlot.delete(key);
    // A slot that never became ready is a failed start: its `ready` rejection counts it and
    // starts the replacement after the back-off.
    if (slot.startupMs === undefined) return;
    if (!this.#retired.has(slot)) {
      this.#retired.add(slot);
      // Mid-job exits are counted by #afterJob with the job's reason.
      if (!slot.exitedMidJob) {
        this.#recycles.crash += 1;
        this.#log("warn", `build slot ${slot.id} exited while idle; replacing it`);
      }
    }
    this.#ensureCapacity();
    this.#dispatch();
  }
}

/** A job answered without a slot. */
export function jobFailure(error: ErrorData, queueMs?: number): RunResult {
  return { reply: { ok: false, error }, recycle: undefined, internalMessage: undefined, slotMs: 0, computeMs: 0, ...(queueMs === undefined ? {} : { queueMs }) };
}

/** Whether `promise` settled within `ms` (the timer does not keep the process alive). */
async function withinMs(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long `waiting` has been in the queue, in milliseconds. */
function waitedMs(waiting: Waiting): number {
  return performance.now() - waiting.enqueuedAt;
}
