/**
 * The build pool: warm, sandboxed slot processes, a bounded queue in front of them, and the
 * cache. No script code ever runs in this process — it only compiles (esbuild), routes jobs,
 * enforces the second time limit, replaces slots, and answers from the cache.
 */
import { availableParallelism } from "node:os";
import { MEDIA_TYPES, parseExportFormat, exportFormats } from "../../exporters/index.ts";
import { checkDescription, resolveValues, type ModelDescription, type ParamValue, type RequestValue } from "../../modelscript/index.ts";
import { PartforgeError, type ErrorData } from "../../shared/errors.ts";
import { downloadName } from "../buildModel.ts";
import { buildCacheKey, canonicalJson, engineVersion, SingleFlight, type BuildCache, type CachedBuild } from "../cache/index.ts";
import { resolveExportOptions } from "../exportOptions.ts";
import { ScriptCompiler } from "./compiler.ts";
import { FairQueue } from "./fairQueue.ts";
import { slotLaunch, type SlotLaunch } from "./launch.ts";
import type { RecycleReason, SlotConfig, SlotJob, SlotSuccess } from "./protocol.ts";
import { createRedactor, redactError, type Redactor } from "./redact.ts";
import { bundleSlot, type SlotBundle } from "./slotBundle.ts";
import { SlotProcess, type JobResult } from "./slotProcess.ts";
import type {
  BuildCallOptions,
  BuildFailure,
  BuildPoolOptions,
  BuildResult,
  DescribeResult,
  PoolBuildRequest,
  PoolHealth,
  PoolLogger,
  ScriptRequest,
} from "./types.ts";
import { DEFAULT_WARMUP_BUILDS, WARMUP_SCRIPT, warmUpCompiler, warmupJobs } from "./warmup.ts";

type ResolvedOptions = Required<Omit<BuildPoolOptions, "cache" | "log" | "requireNetworkIsolation">>;

/**
 * A slot job's result, the compute it is charged (its slot time, plus a replacement's warm-up
 * when it retired its slot) and how long it waited in the queue for a slot (absent when it never
 * joined the queue: refused at once).
 */
type RunResult = JobResult & { computeMs: number; queueMs?: number };

interface Prepared {
  script: Extract<Awaited<ReturnType<ScriptCompiler["compile"]>>, { ok: true }>;
  format: SlotJob["format"];
  options: SlotJob["options"];
  preset: string | undefined;
  values: Record<string, RequestValue>;
  timeoutMs: number;
  tenant: string;
  beforeRun: (() => ErrorData | undefined) | undefined;
}

interface Waiting {
  job: SlotJob;
  beforeRun: (() => ErrorData | undefined) | undefined;
  /** When it joined the queue (`performance.now()`). */
  enqueuedAt: number;
  resolve(result: RunResult): void;
}

const MIB = 1024 * 1024;
const MAX_TIMEOUT_MS = 10 * 60_000;
const MAX_RESPAWN_DELAY_MS = 30_000;
/** Requests whose content key is remembered (oldest forgotten first). */
const CONTENT_KEY_MEMORY = 4096;
const FAILED_STARTS_BEFORE_GIVING_UP = 3;
/** How long past its time limit a build waits for another node's identical build (that one may queue too). */
const LEASE_WAIT_GRACE_MS = 30_000;
/** The tenant of builds whose caller names none (tests, tools, a single-user service). */
export const DEFAULT_TENANT = "local";

export class BuildPool {
  readonly #options: ResolvedOptions;
  readonly #launch: SlotLaunch;
  readonly #bundle: SlotBundle;
  readonly #config: SlotConfig;
  readonly #compiler: ScriptCompiler;
  readonly #cache: BuildCache | undefined;
  readonly #log: PoolLogger;
  readonly #redact: Redactor;
  readonly #engine = engineVersion();
  readonly #slots = new Set<SlotProcess>();
  readonly #retired = new WeakSet<SlotProcess>();
  readonly #queue: FairQueue<Waiting>;
  readonly #flights = new SingleFlight<BuildResult>();
  readonly #contentKeys = new Map<string, string>();
  readonly #recycles: Record<RecycleReason, number> = { builds: 0, wasm: 0, timeout: 0, memory: 0, crash: 0, kernel: 0, overflow: 0, internal: 0, integrity: 0 };
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

  /** @internal Use `createBuildPool`. */
  constructor(
    options: ResolvedOptions,
    parts: { launch: SlotLaunch; bundle: SlotBundle; config: SlotConfig; compiler: ScriptCompiler; cache: BuildCache | undefined; log: PoolLogger },
  ) {
    this.#options = options;
    this.#launch = parts.launch;
    this.#bundle = parts.bundle;
    this.#config = parts.config;
    this.#compiler = parts.compiler;
    this.#cache = parts.cache;
    this.#log = parts.log;
    this.#redact = createRedactor([parts.bundle.appRoot, ...parts.bundle.readablePaths]);
    this.#queue = new FairQueue({ slots: options.size, graceMs: options.fairnessGraceMs });
  }

  /** @internal Starts `size` slots and resolves when they are warm; spares follow in the background. */
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

  /**
   * Builds a model in a sandboxed slot (or answers from the cache). Never throws: every failure,
   * the script's or the pool's, is `{ ok: false, error }` with a catalogued code.
   * @example
   * const result = await pool.build({ source, language: "ts", type: "stl", values: { p_length: "120" } });
   * if (result.ok) reply.header("ETag", `"${result.key}"`).send(result.bytes);
   */
  async build(request: PoolBuildRequest, call: BuildCallOptions = {}): Promise<BuildResult> {
    const started = performance.now();
    try {
      const prepared = await this.#prepare(request, call);
      if ("error" in prepared) return prepared;
      const result = await this.#cachedBuild(prepared);
      return result.ok ? { ...result, buildMs: performance.now() - started } : result;
    } catch (error) {
      return this.#internalFailure(error);
    }
  }

  /** The model's description (metadata, parameter schema, presets), evaluated in a slot. */
  async describe(request: ScriptRequest, call: BuildCallOptions = {}): Promise<DescribeResult> {
    try {
      const prepared = await this.#prepare({ ...request, type: exportFormats()[0]! }, call);
      if ("error" in prepared) return prepared;
      const known = await this.#cache?.getDescription(prepared.script.compiled.sha256);
      if (known !== undefined) return { ok: true, description: known, computeMs: 0 };
      const result = await this.#runInSlot(this.#job("describe", prepared), prepared);
      if (!result.reply.ok) return this.#failure(result.reply.error, result.computeMs, result.queueMs);
      const refused = descriptionRefusal(result.reply.description);
      if (refused !== undefined) return this.#failure(refused, result.computeMs, result.queueMs);
      if (result.recycle === undefined) await this.#cache?.setDescription(prepared.script.compiled.sha256, result.reply.description);
      return { ok: true, description: result.reply.description, computeMs: result.computeMs, ...(result.queueMs === undefined ? {} : { queueMs: result.queueMs }) };
    } catch (error) {
      return this.#internalFailure(error);
    }
  }

  /**
   * Resolves when no slot is starting any more: the spare (and any replacement) is warm too.
   * `createBuildPool` already waits for the first `size` slots; this also waits for the ones that
   * warm up in the background, whose warm-up builds would otherwise share the CPU with requests.
   * A slot that fails to start settles it as well (see `health().startFailures`).
   * @example
   * const pool = await createBuildPool({ size: 2 });
   * await pool.warm(); // e.g. before a benchmark
   */
  async warm(): Promise<void> {
    for (;;) {
      const starting = [...this.#slots].filter((slot) => slot.state === "starting");
      if (starting.length === 0 || this.#closed) return;
      await Promise.allSettled(starting.map((slot) => slot.ready));
    }
  }

  health(): PoolHealth {
    return {
      size: this.#options.size,
      spare: this.#options.spare,
      closed: this.#closed,
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
      queued: this.#queue.length,
      running: this.#running,
      buildsServed: this.#buildsServed,
      recycles: { ...this.#recycles },
      startFailures: this.#startFailures,
      isolation: this.#launch.isolation,
      cache: this.#cache?.stats(),
    };
  }

  /** Stops taking work, answers queued requests BUSY, lets running builds finish, ends every slot. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#respawnTimer);
    clearTimeout(this.#fairnessTimer);
    for (const waiting of this.#queue.drain()) waiting.resolve(jobFailure({ code: "BUSY", message: "the build service is shutting down; retry shortly", details: { retryAfterSeconds: 5 } }, waitedMs(waiting)));
    // Running builds get their time limits (the longest allowed) to finish; then every slot is killed.
    if (this.#running > 0) await withinMs(new Promise<void>((resolve) => this.#idle.push(resolve)), this.#options.timeoutMs + this.#options.killGraceMs + CLOSE_GRACE_MS);
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

  // --- Requests ------------------------------------------------------------------------------

  async #prepare(request: PoolBuildRequest, call: BuildCallOptions): Promise<Prepared | BuildFailure> {
    if (this.#closed) return this.#failure({ code: "BUSY", message: "the build service is shutting down; retry shortly", details: { retryAfterSeconds: 5 } });
    if (typeof request.source !== "string" || !["ts", "js", "py"].includes(request.language)) {
      return this.#failure({ code: "USAGE", message: "a build needs the script text and its language (ts, js or py)" });
    }
    const format = typeof request.type === "string" ? parseExportFormat(request.type) : undefined;
    if (format === undefined) {
      const known = exportFormats().map((name) => name.toUpperCase()).join(", ");
      return this.#failure({ code: "USAGE", message: `unknown output type ${JSON.stringify(String(request.type))}: use one of ${known}`, param: "type" });
    }
    const timeoutMs = call.timeoutMs ?? this.#options.timeoutMs;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMEOUT_MS) {
      return this.#failure({ code: "USAGE", message: `the time limit must be from 1 ms to ${MAX_TIMEOUT_MS} ms; got ${String(timeoutMs)}` });
    }
    let options: SlotJob["options"];
    try {
      options = resolveExportOptions(request.options);
    } catch (error) {
      if (error instanceof PartforgeError) return this.#failure(error.toData());
      throw error;
    }
    const tenant = call.tenant ?? DEFAULT_TENANT;
    if (typeof tenant !== "string" || tenant === "") return this.#failure({ code: "USAGE", message: "a build's tenant must be a non-empty string" });
    const script = await this.#compiler.compile(request.source, request.language, request.fileName);
    if (!script.ok) return this.#failure(script.error);
    return { script, format, options, preset: request.preset, values: { ...(request.values ?? {}) }, timeoutMs, tenant, beforeRun: call.beforeRun };
  }

  /**
   * With a cache: when this script's description is known, the key is computed here and a hit
   * needs no slot; otherwise the slot's resolved values give the key after the build. Identical
   * concurrent requests share one build either way.
   */
  async #cachedBuild(prepared: Prepared): Promise<BuildResult> {
    const cache = this.#cache;
    if (cache === undefined) return this.#buildInSlot(prepared, "off");
    const sha = prepared.script.compiled.sha256;
    const key = await this.#requestContentKey(cache, prepared);
    if (key !== undefined) {
      const cached = await cache.get(key);
      if (cached !== undefined) return cacheHit(key, cached);
    }
    // One build per flight in this process; `exclusive` makes it one across the nodes sharing the cache.
    const flight = key ?? `request:${canonicalJson({ engine: this.#engine, sha, preset: prepared.preset ?? null, values: prepared.values, format: prepared.format, options: prepared.options })}`;
    const waitMs = prepared.timeoutMs + LEASE_WAIT_GRACE_MS;
    return chargedOnce(await this.#flights.run(flight, () => cache.exclusive(flight, waitMs, async (recheck) => (recheck ? await this.#storedHit(cache, prepared) : undefined) ?? this.#buildInSlot(prepared, "miss"))));
  }

  /** A hit for a request that missed before it took its lease: another node built it meanwhile. */
  async #storedHit(cache: BuildCache, prepared: Prepared): Promise<BuildResult | undefined> {
    const key = await this.#requestContentKey(cache, prepared);
    const cached = key === undefined ? undefined : await cache.get(key, { recheck: true });
    return key === undefined || cached === undefined ? undefined : cacheHit(key, cached);
  }

  async #buildInSlot(prepared: Prepared, cacheState: "miss" | "off"): Promise<BuildResult> {
    const result = await this.#runInSlot(this.#job("build", prepared), prepared);
    if (!result.reply.ok) return this.#failure(result.reply.error, result.computeMs, result.queueMs);
    const refused = descriptionRefusal(result.reply.description);
    if (refused !== undefined) return this.#failure(refused, result.computeMs, result.queueMs);
    const reply: SlotSuccess = result.reply;
    const sha = prepared.script.compiled.sha256;
    const key = this.#key(sha, reply.values, prepared);
    const meta = {
      format: prepared.format,
      mediaType: MEDIA_TYPES[prepared.format],
      fileName: downloadName(reply.description.metadata.name, prepared.format),
      description: reply.description,
      values: reply.values,
      buildMs: reply.timings.loadMs + reply.timings.buildMs + reply.timings.exportMs,
    };
    // A slot that asked to be retired (overflow, partforge-internal error, broken invariant) may
    // have been in a bad state while it built this: its answer goes to this request only.
    if (this.#cache !== undefined && result.recycle === undefined) {
      await this.#cache.setDescription(sha, reply.description);
      await this.#cache.set(key, { bytes: reply.bytes, meta });
    }
    return { ok: true, bytes: reply.bytes, ...meta, key, cache: cacheState, buildMs: meta.buildMs, slotTimings: reply.timings, computeMs: result.computeMs, ...(result.queueMs === undefined ? {} : { queueMs: result.queueMs }) };
  }

  /**
   * The content key of a request whose script is described already, else undefined. Remembered
   * per request text, so a repeated request (the cache-hit path) skips resolving and hashing.
   */
  async #requestContentKey(cache: BuildCache, prepared: Prepared): Promise<string | undefined> {
    const sha = prepared.script.compiled.sha256;
    const request = `${sha}\0${prepared.format}\0${prepared.preset ?? ""}\0${JSON.stringify(prepared.values)}\0${JSON.stringify(prepared.options)}`;
    const remembered = this.#contentKeys.get(request);
    if (remembered !== undefined) return remembered;
    const description = await cache.getDescription(sha);
    const values = description === undefined ? undefined : candidateValues(description, prepared);
    if (values === undefined) return undefined;
    const key = this.#key(sha, values, prepared);
    if (this.#contentKeys.size >= CONTENT_KEY_MEMORY) this.#contentKeys.delete(this.#contentKeys.keys().next().value!);
    this.#contentKeys.set(request, key);
    return key;
  }

  #key(sha: string, values: Readonly<Record<string, ParamValue>>, prepared: Prepared): string {
    return buildCacheKey({ engine: this.#engine, scriptSha256: sha, values, format: prepared.format, options: prepared.options });
  }

  #job(kind: SlotJob["kind"], prepared: Prepared): SlotJob {
    return {
      kind,
      script: prepared.script.data,
      format: prepared.format,
      preset: prepared.preset,
      values: prepared.values,
      options: prepared.options,
      timeoutMs: prepared.timeoutMs,
    };
  }

  #failure(error: ErrorData, computeMs = 0, queueMs?: number): BuildFailure {
    return { ok: false, error: redactError(error, this.#redact), computeMs, ...(queueMs === undefined ? {} : { queueMs }) };
  }

  #internalFailure(error: unknown): BuildFailure {
    this.#log("error", `build pool: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return { ok: false, error: { code: "INTERNAL", message: "the build failed because of an internal error" }, computeMs: 0 };
  }

  // --- Queue and slots -----------------------------------------------------------------------

  /**
   * Queues `job` of `tenant` for a slot (fairly, see `FairQueue`). When the queue is full, the
   * tenant with the most builds waiting gives up its newest one (BUSY) if it has more waiting than
   * this tenant would; otherwise this request is BUSY at once. So one tenant may fill an idle
   * queue, yet never keeps another out of it.
   */
  #runInSlot(job: SlotJob, { tenant, beforeRun }: Pick<Prepared, "tenant" | "beforeRun">): Promise<RunResult> {
    if (this.#closed) return Promise.resolve(jobFailure({ code: "BUSY", message: "the build service is shutting down; retry shortly", details: { retryAfterSeconds: 5 } }));
    if (this.#queue.length >= this.#options.maxQueue) {
      const retryAfterSeconds = Math.min(30, Math.max(1, Math.ceil(((this.#queue.length / this.#options.size) * this.#options.timeoutMs) / 10_000)));
      const busy = jobFailure({ code: "BUSY", message: `the build service is busy (${this.#queue.length} builds waiting); retry in ${retryAfterSeconds} s`, details: { retryAfterSeconds } });
      const most = this.#queue.mostWaiting();
      if (most === undefined || most.tenant === tenant || most.waiting <= this.#queue.waitingOf(tenant) + 1) return Promise.resolve(busy);
      const dropped = this.#queue.dropNewest(most.tenant);
      dropped?.resolve({ ...busy, queueMs: waitedMs(dropped) });
    }
    return new Promise<RunResult>((resolve) => {
      this.#queue.push(tenant, { job, beforeRun, enqueuedAt: performance.now(), resolve });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && this.#running < this.#options.size) {
      const slot = [...this.#slots].find((candidate) => candidate.state === "idle");
      if (slot === undefined) break;
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
      const queueMs = waitedMs(waiting);
      this.#running += 1;
      slot.run(waiting.job, waiting.job.timeoutMs + this.#options.killGraceMs).then((result) => {
        this.#running -= 1;
        this.#buildsServed += 1;
        this.#queue.done(tenant, performance.now());
        this.#afterJob(slot, result);
        // A job that ended its slot (a time limit, a crash, a broken invariant) also pays for the replacement's warm-up;
        // a slot retired for its age or memory is the service's cost, not this job's.
        waiting.resolve({ ...result, queueMs, computeMs: result.slotMs + (result.recycle !== undefined ? this.#replacementCostMs() : 0) });
        this.#dispatch();
        if (this.#running === 0) for (const resolve of this.#idle.splice(0)) resolve();
      });
    }
    if (this.#queue.length > 0 && this.#failedStartsInARow >= FAILED_STARTS_BEFORE_GIVING_UP && !this.#hasUsableSlot()) {
      const retryAfterSeconds = Math.ceil(this.#respawnDelayMs() / 1000);
      const message = `no build slot could be started (${this.#failedStartsInARow} attempts in a row failed); the service keeps trying: retry in ${retryAfterSeconds} s`;
      for (const waiting of this.#queue.drain()) waiting.resolve(jobFailure({ code: "BUSY", message, details: { retryAfterSeconds } }, waitedMs(waiting)));
    }
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
      { heapMb: this.#options.heapMb, wasmMaxBytes: this.#options.wasmMaxPages * 65_536, startupTimeoutMs: this.#options.startupTimeoutMs },
      (exited) => this.#onSlotExit(exited),
    );
    this.#slots.add(slot);
    slot.ready.then(
      () => {
        this.#failedStartsInARow = 0;
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

/**
 * The values the slot will resolve, computed here only to find the cache key: without pattern
 * checks (a script's regular expression must never run in this process), and only when every
 * name is known. A value that fails its pattern simply finds no cached build, and the slot
 * reports the error.
 */
function candidateValues(description: ModelDescription, prepared: Prepared): Record<string, ParamValue> | undefined {
  const names = new Set(description.parameters.map((parameter) => parameter.name));
  if (Object.keys(prepared.values).some((name) => !names.has(name))) return undefined;
  if (prepared.preset !== undefined && prepared.preset !== "" && !Object.hasOwn(description.presets, prepared.preset)) return undefined;
  try {
    const parameters = description.parameters.map(({ pattern: _pattern, ...parameter }) => parameter);
    return resolveValues({ parameters, presets: description.presets }, { preset: prepared.preset, values: prepared.values });
  } catch {
    return undefined;
  }
}

/** The slot checks a description's limits; this process checks again before keeping one. */
function descriptionRefusal(description: ModelDescription): ErrorData | undefined {
  try {
    checkDescription(description);
    return undefined;
  } catch (error) {
    if (error instanceof PartforgeError) return error.toData();
    throw error;
  }
}

function jobFailure(error: ErrorData, queueMs?: number): RunResult {
  return { reply: { ok: false, error }, recycle: undefined, internalMessage: undefined, slotMs: 0, computeMs: 0, ...(queueMs === undefined ? {} : { queueMs }) };
}

/** How long close() waits for killed slots to end before releasing their handles. */
const CLOSE_GRACE_MS = 5000;

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

function cacheHit(key: string, cached: CachedBuild): BuildResult {
  return { ok: true, bytes: cached.bytes, ...cached.meta, key, cache: "hit", buildMs: 0, computeMs: 0 };
}

/** A coalesced caller joined a build another caller started: only that one is charged its compute. */
function chargedOnce({ value, shared }: { value: BuildResult; shared: boolean }): BuildResult {
  return shared ? { ...value, computeMs: 0 } : value;
}

/**
 * Starts a build pool: bundles the slot code, probes the sandbox, starts `size` warm slots (the
 * spare follows in the background) and resolves when they are ready.
 * @throws PartforgeError INTERNAL when no slot can start, or when `requireNetworkIsolation` is
 *   set and this machine cannot give slots a network namespace.
 * @example
 * const pool = await createBuildPool({ size: 2, timeoutMs: 30_000, cache: createBuildCache({ dir: "data/cache" }) });
 */
export async function createBuildPool(options: BuildPoolOptions = {}): Promise<BuildPool> {
  const resolved = resolveOptions(options);
  const log = options.log ?? defaultLogger;
  const compiler = new ScriptCompiler();
  const warmup = await compiler.compile(WARMUP_SCRIPT, "ts", "warmup.ts");
  if (!warmup.ok) throw new PartforgeError("INTERNAL", `the warm-up script does not compile: ${warmup.error.message}`);
  const bundle = await bundleSlot();
  const launch = slotLaunch({ bundleFile: bundle.file, readablePaths: bundle.readablePaths, heapMb: resolved.heapMb, wasmMaxPages: resolved.wasmMaxPages });
  if (!launch.isolation.network) {
    const message = `BUILD SLOTS HAVE NETWORK ACCESS: ${launch.isolation.networkUnavailableReason}. Scripts stay confined by SES and the permission model, but run the service where unshare works (Linux, root or user namespaces) for defence in depth.`;
    if (options.requireNetworkIsolation === true) {
      await bundle.dispose();
      throw new PartforgeError("INTERNAL", message);
    }
    log("warn", message);
  }
  const config: SlotConfig = { warmup: warmupJobs(warmup.data, resolved.warmupBuilds), wasmMaxBytes: resolved.wasmMaxPages * 65_536, retireOnCaughtOverflow: resolved.retireOnCaughtOverflow };
  const pool = new BuildPool(resolved, { launch, bundle, config, compiler, cache: options.cache, log });
  await pool.start();
  if (resolved.warmupBuilds > 0) await warmUpCompiler();
  return pool;
}

/** What one build may use unless the pool is told otherwise (the docs show these): time, script heap, kernel memory in 64 KiB pages. */
export const DEFAULT_SLOT_LIMITS = Object.freeze({ timeoutMs: 30_000, heapMb: 512, wasmMaxPages: 16_384 });

function resolveOptions(options: BuildPoolOptions): ResolvedOptions {
  const size = positive("size", options.size ?? availableParallelism());
  const resolved: ResolvedOptions = {
    size,
    spare: nonNegative("spare", options.spare ?? 1),
    timeoutMs: positive("timeoutMs", options.timeoutMs ?? DEFAULT_SLOT_LIMITS.timeoutMs),
    maxQueue: nonNegative("maxQueue", options.maxQueue ?? 8 * size),
    recycleAfterBuilds: positive("recycleAfterBuilds", options.recycleAfterBuilds ?? 1000),
    retireOnCaughtOverflow: flag("retireOnCaughtOverflow", options.retireOnCaughtOverflow ?? true),
    wasmRecycleBytes: positive("wasmRecycleBytes", options.wasmRecycleBytes ?? 512 * MIB),
    heapMb: positive("heapMb", options.heapMb ?? DEFAULT_SLOT_LIMITS.heapMb),
    wasmMaxPages: positive("wasmMaxPages", options.wasmMaxPages ?? DEFAULT_SLOT_LIMITS.wasmMaxPages),
    warmupBuilds: nonNegative("warmupBuilds", options.warmupBuilds ?? DEFAULT_WARMUP_BUILDS),
    killGraceMs: positive("killGraceMs", options.killGraceMs ?? 2_000),
    startupTimeoutMs: positive("startupTimeoutMs", options.startupTimeoutMs ?? 60_000),
    fairnessGraceMs: nonNegative("fairnessGraceMs", options.fairnessGraceMs ?? 250),
  };
  if (resolved.wasmRecycleBytes > resolved.wasmMaxPages * 65_536) {
    throw new PartforgeError("USAGE", "wasmRecycleBytes must not exceed the WebAssembly cap (wasmMaxPages × 64 KiB)");
  }
  return resolved;
}

function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new PartforgeError("USAGE", `build pool option ${name} must be a whole number of at least 1; got ${String(value)}`);
  return value;
}

function flag(name: string, value: boolean): boolean {
  if (typeof value !== "boolean") throw new PartforgeError("USAGE", `build pool option ${name} must be true or false; got ${String(value)}`);
  return value;
}

function nonNegative(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new PartforgeError("USAGE", `build pool option ${name} must be a whole number of at least 0; got ${String(value)}`);
  return value;
}

const defaultLogger: PoolLogger = (level, message) => {
  if (level !== "info") process.emitWarning(message, { code: "PARTFORGE_BUILD_POOL" });
};
