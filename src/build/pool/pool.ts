/**
 * The build pool: warm, sandboxed slot processes, a bounded queue in front of them, and the
 * cache. No script code ever runs in this process — it only compiles (esbuild), routes jobs,
 * enforces the second time limit, replaces slots, and answers from the cache.
 *
 * This file answers requests: from the cache, by sharing an identical build in flight, or by a
 * slot. Preparing a request and its keys is `prepare.ts`'s; the queue and the slots are
 * `slotScheduler.ts`'s.
 */
import { availableParallelism } from "node:os";
import { MEDIA_TYPES, exportFormats } from "../../exporters/index.ts";
import type { ModelDescription } from "../../modelscript/index.ts";
import { PartforgeError, type ErrorData } from "../../shared/errors.ts";
import { MAX_KERNEL_THREADS } from "../../kernel/load.ts";
import { downloadName } from "../buildModel.ts";
import { engineVersion, SingleFlight, type BuildCache } from "../cache/index.ts";
import { thenStarted, type BeforeRun, type BuildRequest, type DescribeRequest } from "../request.ts";
import { costOf, type BuildFailure, type BuildResult, type CacheState, type DescribeResult } from "../result.ts";
import { ScriptCompiler } from "./compiler.ts";
import { slotLaunch } from "./launch.ts";
import { BuildKeys, cacheHit, descriptionRefusal, prepareRequest, slotJob, type Prepared } from "./prepare.ts";
import type { CompiledScriptData, SlotConfig } from "./protocol.ts";
import { createRedactor, redactError, type Redactor } from "./redact.ts";
import { bundleSlot } from "./slotBundle.ts";
import { shuttingDown, SlotScheduler } from "./slotScheduler.ts";
import type { BuildPoolOptions, PoolHealth, PoolLogger, WasmTierUp } from "./types.ts";
import { DEFAULT_WARMUP_BUILDS, WARMUP_SCRIPTS, warmUpCompiler, warmupJobs, type WarmupScript } from "./warmup.ts";

type ResolvedOptions = Required<Omit<BuildPoolOptions, "cache" | "log" | "requireNetworkIsolation" | "memoKeepMinMs">>;

const MIB = 1024 * 1024;
/** How long past its time limit a build waits for another node's identical build (that one may queue too). */
const LEASE_WAIT_GRACE_MS = 30_000;
/** Cache writes of a reply: it waits for the cache's memory, the disk write goes on behind it. */
const REPLY_BEFORE_DISK = Object.freeze({ writeBehind: true });

export class BuildPool {
  readonly #options: ResolvedOptions;
  readonly #scheduler: SlotScheduler;
  readonly #compiler: ScriptCompiler;
  readonly #cache: BuildCache | undefined;
  readonly #log: PoolLogger;
  readonly #redact: Redactor;
  readonly #keys = new BuildKeys(engineVersion());
  readonly #flights = new SingleFlight<BuildResult>();
  /** Descriptions from slots this pool checked and accepted: frozen, and handed back as the same object by a slot's repeat reply (`scriptsInSlot.ts`). */
  readonly #accepted = new WeakSet<ModelDescription>();

  /** @internal Use `createBuildPool`. */
  constructor(
    options: ResolvedOptions,
    parts: { scheduler: SlotScheduler; redact: Redactor; compiler: ScriptCompiler; cache: BuildCache | undefined; log: PoolLogger },
  ) {
    this.#options = options;
    this.#scheduler = parts.scheduler;
    this.#compiler = parts.compiler;
    this.#cache = parts.cache;
    this.#log = parts.log;
    this.#redact = parts.redact;
  }

  /** @internal Starts `size` slots and resolves when they are warm; spares follow in the background. */
  start(): Promise<void> {
    return this.#scheduler.start();
  }

  /**
   * Builds a model in a sandboxed slot (or answers from the cache). Never throws: every failure,
   * the script's or the pool's, is `{ ok: false, error }` with a catalogued code.
   * @example
   * const result = await pool.build({ source, language: "ts", type: "stl", values: { p_length: "120" } });
   * if (result.ok) reply.header("ETag", `"${result.contentKey}"`).send(result.bytes);
   *
   * `signal` cancels the build (CANCELLED): a queued one leaves the queue, a running one's slot
   * is killed and replaced. A cancellable build never shares its slot run with other callers
   * (identical ones still wait for each other through the cache's lease and then hit).
   */
  async build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, onStarted?: () => void): Promise<BuildResult> {
    const started = performance.now();
    try {
      const prepared = await this.#prepare(request, thenStarted(beforeRun, onStarted));
      if (!("request" in prepared)) return prepared;
      const result = await this.#cachedBuild(prepared, signal);
      return result.ok ? { ...result, buildMs: performance.now() - started } : result;
    } catch (error) {
      return this.#internalFailure(error);
    }
  }

  /** The model's description (metadata, parameter schema, presets), evaluated in a slot. */
  async describe(request: DescribeRequest, beforeRun?: BeforeRun): Promise<DescribeResult> {
    try {
      const prepared = await this.#prepare({ ...request, type: exportFormats()[0]! }, beforeRun);
      if (!("request" in prepared)) return prepared;
      const sha = prepared.script.compiled.sha256;
      const known = await this.#cache?.getDescription(sha);
      if (known !== undefined) return { ok: true, description: known, computeMs: 0 };
      const result = await this.#scheduler.run(slotJob("describe", prepared), prepared.request.timeoutMs, prepared.request.tenant, prepared.beforeRun);
      if (!result.reply.ok) return this.#failure(result.reply.error, result.computeMs, result.queueMs);
      const refused = this.#refusal(result.reply.description);
      if (refused !== undefined) return this.#failure(refused, result.computeMs, result.queueMs);
      if (result.recycle === undefined) await this.#cache?.setDescription(sha, result.reply.description, REPLY_BEFORE_DISK);
      return { ok: true, description: result.reply.description, ...costOf(result.computeMs, result.queueMs) };
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
  warm(): Promise<void> {
    return this.#scheduler.warm();
  }

  health(): PoolHealth {
    return {
      size: this.#options.size,
      spare: this.#options.spare,
      closed: this.#scheduler.closed,
      ...this.#scheduler.health(),
      cache: this.#cache?.stats(),
    };
  }

  /** Stops taking work, answers queued requests BUSY, lets running builds finish, ends every slot. */
  close(): Promise<void> {
    return this.#scheduler.close();
  }

  async #prepare(request: BuildRequest, beforeRun: BeforeRun | undefined): Promise<Prepared | BuildFailure> {
    if (this.#scheduler.closed) return this.#failure(shuttingDown());
    const prepared = await prepareRequest(this.#compiler, request, { timeoutMs: this.#options.timeoutMs }, beforeRun);
    return "error" in prepared ? this.#failure(prepared.error) : prepared;
  }

  /**
   * With a cache: when this script's description is known, the key is computed here, once, and a
   * hit needs no slot; otherwise the slot's resolved values give the key after the build.
   * Identical concurrent requests share one build either way.
   */
  async #cachedBuild(prepared: Prepared, signal: AbortSignal | undefined): Promise<BuildResult> {
    const cache = this.#cache;
    if (cache === undefined) return this.#buildInSlot(prepared, { cacheState: "off", key: undefined }, signal);
    const key = await this.#keys.beforeBuild(cache, prepared);
    if (key !== undefined) {
      const cached = await cache.get(key);
      if (cached !== undefined) return cacheHit(key, cached);
    }
    // One build per flight in this process; `exclusive` makes it one across the nodes sharing the cache.
    const flight = key ?? this.#keys.flightKey(prepared);
    const waitMs = prepared.request.timeoutMs + LEASE_WAIT_GRACE_MS;
    const leased = () =>
      cache.exclusive(flight, waitMs, async (recheck) => {
        const latest = recheck ? await this.#recheck(cache, prepared, key) : { key };
        return "hit" in latest ? latest.hit : this.#buildInSlot(prepared, { cacheState: "miss", key: latest.key }, signal);
      });
    // Cancelling must stop only this caller's build, so a cancellable one leads no shared flight.
    return signal === undefined ? chargedOnce(await this.#flights.run(flight, leased)) : leased();
  }

  /**
   * For a request that missed before it took its lease: the hit another node stored meanwhile,
   * else its key as known now (a key not known before may be: that node stored the description too).
   */
  async #recheck(cache: BuildCache, prepared: Prepared, known: string | undefined): Promise<{ hit: BuildResult } | { key: string | undefined }> {
    const key = known ?? (await this.#keys.beforeBuild(cache, prepared));
    const cached = key === undefined ? undefined : await cache.get(key, { recheck: true });
    return key === undefined || cached === undefined ? { key } : { hit: cacheHit(key, cached) };
  }

  /**
   * Runs the build in a slot. `key`, when the description was known before the build, is its
   * content key already: the values it was computed from are those the slot resolves (the same
   * description and `resolveValues`; a value failing its pattern fails the build), so it is not
   * computed again from the reply's.
   */
  async #buildInSlot(prepared: Prepared, known: { cacheState: Exclude<CacheState, "hit">; key: string | undefined }, signal: AbortSignal | undefined): Promise<BuildResult> {
    const { request } = prepared;
    const { cacheState } = known;
    const running = this.#scheduler.run(slotJob("build", prepared), request.timeoutMs, request.tenant, prepared.beforeRun, signal);
    // The job is on its way to an idle slot (or queued): the key is worked out while it builds.
    const predicted = known.key === undefined ? this.#keys.predict(prepared) : undefined;
    const result = await running;
    if (!result.reply.ok) return this.#failure(result.reply.error, result.computeMs, result.queueMs);
    const reply = result.reply;
    const refused = this.#refusal(reply.description);
    if (refused !== undefined) return this.#failure(refused, result.computeMs, result.queueMs);
    if (result.recycle === undefined) this.#keys.noteDescription(prepared.script.compiled.sha256, reply.description);
    const key = known.key ?? this.#keys.afterBuild(prepared, predicted, reply.values);
    const meta = {
      mediaType: MEDIA_TYPES[request.type],
      fileName: downloadName(reply.description.metadata.name, request.type),
      description: reply.description,
      values: reply.values,
      buildMs: reply.timings.loadMs + reply.timings.buildMs + reply.timings.exportMs,
    };
    // A slot that asked to be retired (overflow, partforge-internal error, broken invariant) may
    // have been in a bad state while it built this: its answer goes to this request only. The
    // reply waits for the cache's memory, not its disk (with leases, for the shared store).
    if (this.#cache !== undefined && result.recycle === undefined) {
      await this.#cache.setDescription(prepared.script.compiled.sha256, reply.description, REPLY_BEFORE_DISK);
      await this.#cache.set(key, { bytes: reply.bytes, meta: { format: request.type, ...meta } }, REPLY_BEFORE_DISK);
    }
    return { ok: true, bytes: reply.bytes, type: request.type, ...meta, contentKey: key, cache: cacheState, timings: reply.timings, ...costOf(result.computeMs, result.queueMs) };
  }

  /** `descriptionRefusal`, once per description object: a slot's repeat reply hands back the one accepted before (frozen). */
  #refusal(description: ModelDescription): ErrorData | undefined {
    if (this.#accepted.has(description)) return undefined;
    const refused = descriptionRefusal(description);
    if (refused === undefined && Object.isFrozen(description)) this.#accepted.add(description);
    return refused;
  }

  #failure(error: ErrorData, computeMs = 0, queueMs?: number): BuildFailure {
    return { ok: false, error: redactError(error, this.#redact), ...costOf(computeMs, queueMs) };
  }

  #internalFailure(error: unknown): BuildFailure {
    this.#log("error", `build pool: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return { ok: false, error: { code: "INTERNAL", message: "the build failed because of an internal error" }, computeMs: 0 };
  }
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
  const warmup = new Map<WarmupScript, CompiledScriptData>();
  for (const script of WARMUP_SCRIPTS) {
    const compiled = await compiler.compile(script.source, "ts", `warmup-${script.name}.ts`);
    if (!compiled.ok) throw new PartforgeError("INTERNAL", `the warm-up script "${script.name}" does not compile: ${compiled.error.message}`);
    warmup.set(script, compiled.data);
  }
  const bundle = await bundleSlot();
  const launch = slotLaunch({ bundleFile: bundle.file, readablePaths: bundle.readablePaths, heapMb: resolved.heapMb, wasmMaxPages: resolved.exportWasmMaxPages, workerThreads: resolved.kernelThreads > 1, eagerTierUp: resolved.wasmTierUp === "eager" });
  if (!launch.isolation.network) {
    const message = `BUILD SLOTS HAVE NETWORK ACCESS: ${launch.isolation.networkUnavailableReason}. Scripts stay confined by SES and the permission model, but run the service where unshare works (Linux, root or user namespaces) for defence in depth.`;
    if (options.requireNetworkIsolation === true) {
      await bundle.dispose();
      throw new PartforgeError("INTERNAL", message);
    }
    log("warn", message);
  }
  if (resolved.wasmTierUp === "eager" && !launch.eagerTierUp) log("warn", `this Node (${process.version}) does not know --no-wasm-dynamic-tiering: slots tier their WebAssembly up dynamically (wasmTierUp "dynamic")`);
  const config: SlotConfig = { warmup: warmupJobs(warmup, resolved.warmupBuilds), wasmMaxBytes: resolved.wasmMaxPages * 65_536, exportWasmMaxBytes: resolved.exportWasmMaxPages * 65_536, retireOnCaughtOverflow: resolved.retireOnCaughtOverflow, kernelThreads: resolved.kernelThreads, kernelThreadEntry: bundle.kernelThreadFile, memoBudgetBytes: resolved.memoBudgetMb * MIB, ...(options.memoKeepMinMs === undefined ? {} : { memoKeepMinMs: options.memoKeepMinMs }) };
  const scheduler = new SlotScheduler(resolved, { launch, bundle, config, log });
  const pool = new BuildPool(resolved, { scheduler, redact: createRedactor([bundle.appRoot, ...bundle.readablePaths]), compiler, cache: options.cache, log });
  await pool.start();
  if (resolved.warmupBuilds > 0) await warmUpCompiler();
  return pool;
}

/**
 * How the service's commands (`partforge serve`, `worker`, `mcp`) have slots tier the kernel's
 * WebAssembly up, unless told otherwise (`--wasm-tier-up`); the pool's own default is "dynamic"
 * (see `BuildPoolOptions.wasmTierUp`: its start-up cost suits long-lived slots only).
 */
export const SERVICE_WASM_TIER_UP: WasmTierUp = "eager";

/** Whether `value` is one of the `WasmTierUp` settings (the pool's option and the CLI's `--wasm-tier-up` check with it). */
export function isWasmTierUp(value: unknown): value is WasmTierUp {
  return value === "dynamic" || value === "eager";
}

/**
 * Each slot's operation memo budget unless the pool is told otherwise, in MiB (see
 * `BuildPoolOptions.memoBudgetMb`). Off by default: it does not pay for itself yet. The customizer
 * bench (`npm run bench -- customizer --values 8`, 8 examples, 2026-12-03, load average 20-30 on 2
 * cores) measured rebuilds at 1.00x cold builds (geometric mean; spur-gear 0.74x, lego-brick
 * 1.22x), and at load 7-8 on 4 of them 0.89x (spur-gear 0.74x, bored-block 0.80x, lego-brick
 * 1.02x, pipe-flange 1.05x): far from 1.5x faster. The slow operations (final booleans, shells)
 * depend on nearly every parameter, so they miss whatever the memo keeps. Opt-in (a pool option; 96 is a reasonable budget).
 */
export const DEFAULT_MEMO_BUDGET_MB = 0;

/**
 * What one build may use unless the pool is told otherwise (the docs show these): time, script
 * heap, kernel memory in 64 KiB pages, and kernel memory while it exports (`exportWasmMaxPages`:
 * 1.5 × `wasmMaxPages` unless given).
 */
export const DEFAULT_SLOT_LIMITS = Object.freeze({ timeoutMs: 30_000, heapMb: 512, wasmMaxPages: 16_384, exportWasmMaxPages: 24_576 });

/** The export's kernel memory cap, as a share of the build's, when only the latter is given. */
const EXPORT_WASM_SHARE = DEFAULT_SLOT_LIMITS.exportWasmMaxPages / DEFAULT_SLOT_LIMITS.wasmMaxPages;
/** wasm32's whole address space, in 64 KiB pages. */
const WASM32_MAX_PAGES = 65_536;

function resolveOptions(options: BuildPoolOptions): ResolvedOptions {
  const size = positive("size", options.size ?? availableParallelism());
  const wasmMaxPages = positive("wasmMaxPages", options.wasmMaxPages ?? DEFAULT_SLOT_LIMITS.wasmMaxPages);
  const resolved: ResolvedOptions = {
    size,
    spare: nonNegative("spare", options.spare ?? 1),
    timeoutMs: positive("timeoutMs", options.timeoutMs ?? DEFAULT_SLOT_LIMITS.timeoutMs),
    maxQueue: nonNegative("maxQueue", options.maxQueue ?? 8 * size),
    recycleAfterBuilds: positive("recycleAfterBuilds", options.recycleAfterBuilds ?? 1000),
    retireOnCaughtOverflow: flag("retireOnCaughtOverflow", options.retireOnCaughtOverflow ?? true),
    wasmRecycleBytes: positive("wasmRecycleBytes", options.wasmRecycleBytes ?? 512 * MIB),
    heapMb: positive("heapMb", options.heapMb ?? DEFAULT_SLOT_LIMITS.heapMb),
    wasmMaxPages,
    exportWasmMaxPages: positive("exportWasmMaxPages", options.exportWasmMaxPages ?? Math.min(WASM32_MAX_PAGES, Math.round(wasmMaxPages * EXPORT_WASM_SHARE))),
    warmupBuilds: nonNegative("warmupBuilds", options.warmupBuilds ?? DEFAULT_WARMUP_BUILDS),
    startupTimeoutMs: positive("startupTimeoutMs", options.startupTimeoutMs ?? 60_000),
    fairnessGraceMs: nonNegative("fairnessGraceMs", options.fairnessGraceMs ?? 250),
    memoBudgetMb: nonNegative("memoBudgetMb", options.memoBudgetMb ?? DEFAULT_MEMO_BUDGET_MB),
    kernelThreads: positive("kernelThreads", options.kernelThreads ?? 1),
    wasmTierUp: tierUp(options.wasmTierUp ?? "dynamic"),
  };
  if (resolved.kernelThreads > MAX_KERNEL_THREADS) {
    throw new PartforgeError("USAGE", `build pool option kernelThreads must be at most ${MAX_KERNEL_THREADS}; got ${resolved.kernelThreads}`);
  }
  // Left to the slot's memo when absent (its default lives with it, in the kernel layer); checked here when given.
  if (options.memoKeepMinMs !== undefined) milliseconds("memoKeepMinMs", options.memoKeepMinMs);
  if (resolved.exportWasmMaxPages < resolved.wasmMaxPages || resolved.exportWasmMaxPages > WASM32_MAX_PAGES) {
    throw new PartforgeError("USAGE", `build pool option exportWasmMaxPages must be from wasmMaxPages (${resolved.wasmMaxPages}) to ${WASM32_MAX_PAGES}; got ${resolved.exportWasmMaxPages}`);
  }
  if (resolved.wasmRecycleBytes > resolved.wasmMaxPages * 65_536) {
    throw new PartforgeError("USAGE", "wasmRecycleBytes must not exceed the WebAssembly cap (wasmMaxPages × 64 KiB)");
  }
  return resolved;
}

function tierUp(value: WasmTierUp): WasmTierUp {
  if (isWasmTierUp(value)) return value;
  throw new PartforgeError("USAGE", `build pool option wasmTierUp must be "dynamic" or "eager"; got ${JSON.stringify(value)}`);
}

function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new PartforgeError("USAGE", `build pool option ${name} must be a whole number of at least 1; got ${String(value)}`);
  return value;
}

function milliseconds(name: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new PartforgeError("USAGE", `build pool option ${name} must be a number of milliseconds of at least 0; got ${String(value)}`);
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
