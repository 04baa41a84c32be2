/**
 * The build backend of a stateless service node (`partforge serve --queue redis://…`): every
 * build and description becomes a job on a durable BullMQ queue in Redis, run by whichever build
 * worker (`partforge worker`) takes it; this node waits for the result. No script runs here.
 *
 * Beyond `BuildBackend`, it offers the job's life cycle for asynchronous builds: `submit` (→ id),
 * `status`, progress events (`onProgress`), `cancel` and `result`. Whatever answers a caller is
 * bounded in time: a Redis that is down, or hangs, makes it fail with BUSY (503 + Retry-After)
 * within `redisAnswerMs`, never keeps the request waiting; and the node's readiness (`health()`)
 * turns not-ready within seconds of Redis not answering (`RedisAnswerWatch`).
 */
import { randomUUID } from "node:crypto";
import { Queue, QueueEvents, type Job } from "bullmq";
import { Redis } from "ioredis";
import type { ErrorData } from "../../shared/errors.ts";
import { PartforgeError, isPartforgeError } from "../../shared/errors.ts";
import type { BuildBackend } from "../backend.ts";
import { resolvePriority, resolveScriptRequest, type BeforeRun, type BuildRequest, type DescribeRequest, DEFAULT_TENANT, resolveBuildRequest } from "../request.ts";
import { cancelledError, type BuildFailure, type BuildResult, type DescribeResult } from "../result.ts";
import { bullPriority, fairnessKeys, nextTag, type FairnessKeys } from "./fairness.ts";
import { decodeBuildResult, DEFAULT_QUEUE_PREFIX, JOB_ATTEMPTS, JOB_RETENTION_SECONDS, QUEUE_NAME, type QueueJob, type QueueJobData, type QueueProgress, type WireResult } from "./protocol.ts";
import { cancelChannel, cancelMarker } from "./cancel.ts";
import { probeQueueRedis, redactUrl } from "./probe.ts";
import { queueConnectionOptions } from "./connection.ts";
import { RedisSilent, withinMs } from "./bounded.ts";
import { RedisAnswerWatch } from "./answerWatch.ts";

export interface QueueBackendOptions {
  /** `redis://[:password@]host:port[/db]` */
  url: string;
  /** Key prefix in Redis; default `partforge` (tests use a unique one). */
  prefix?: string;
  /** The time limit of a request that names none, as the workers' pools default to. Default 30 000. */
  timeoutMs?: number;
  /**
   * How long a synchronous caller waits for a worker to start its build, on top of the build's
   * time limit. Default 60 000: enough for a dead worker's job to be found stalled and retried.
   */
  queueWaitMs?: number;
  /**
   * How long one call to Redis may go unanswered (Redis hung, the network dropping packets) before
   * the caller is answered 503 BUSY. Default `DEFAULT_REDIS_ANSWER_MS`. A Redis that is down
   * (connection refused, restarting) is answered at once.
   */
  redisAnswerMs?: number;
  /** How long `openQueueBackend` waits for Redis to answer at start. Default 10 000. */
  connectTimeoutMs?: number;
}

/** A job's state as the jobs API names them. */
export type QueueJobStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export interface QueueJobInfo {
  id: string;
  status: QueueJobStatus;
  progress: QueueProgress | undefined;
  /** Attempts started (a job whose worker died is retried). */
  attempts: number;
  /** Epoch milliseconds. */
  createdAt: number;
  startedAt: number | undefined;
  finishedAt: number | undefined;
}

const CANCELLED = "cancelled";
/** How long a service node waits for its queue's Redis to answer one call before it answers 503. */
export const DEFAULT_REDIS_ANSWER_MS = 5_000;
/** `Retry-After` of a 503 BUSY from the queue (no worker in time, Redis unreachable). */
const RETRY_AFTER_SECONDS = 5;

export class QueueBackend implements BuildBackend {
  readonly #queue: Queue<QueueJobData, WireResult>;
  readonly #events: QueueEvents;
  readonly #redis: Redis;
  readonly #keys: FairnessKeys;
  readonly #prefix: string;
  readonly #timeoutMs: number;
  readonly #queueWaitMs: number;
  readonly #redisAnswerMs: number;
  readonly #watch: RedisAnswerWatch;
  #closed = false;
  #submitted = 0;

  /** @internal Use `openQueueBackend`. */
  constructor(options: QueueBackendOptions) {
    this.#prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#queueWaitMs = options.queueWaitMs ?? 60_000;
    this.#redisAnswerMs = options.redisAnswerMs ?? DEFAULT_REDIS_ANSWER_MS;
    const connection = { url: options.url, ...queueConnectionOptions() };
    this.#queue = new Queue<QueueJobData, WireResult>(QUEUE_NAME, { connection, prefix: this.#prefix });
    this.#events = new QueueEvents(QUEUE_NAME, { connection, prefix: this.#prefix });
    this.#redis = new Redis(options.url, { ...queueConnectionOptions(), maxRetriesPerRequest: 2 });
    this.#redis.on("error", () => undefined);
    // Every caller waiting for its job listens on these: no fixed bound fits.
    this.#queue.setMaxListeners(0);
    this.#events.setMaxListeners(0);
    this.#queue.on("error", () => undefined);
    this.#events.on("error", () => undefined);
    this.#keys = fairnessKeys((type) => this.#queue.toKey(type));
    this.#watch = new RedisAnswerWatch(this.#redis);
  }

  /** Resolves once Redis answers (rejects after the connection timeout otherwise). */
  async ready(): Promise<void> {
    await Promise.all([this.#queue.waitUntilReady(), this.#events.waitUntilReady(), this.#redis.ping()]);
  }

  /**
   * Queues the build and waits for its result. Aborting `signal` cancels the job: it leaves the
   * queue, or its worker is told to stop it, and the answer is the cancellation. `beforeRun` is
   * asked when the build is queued (the service node cannot ask it later, from a worker);
   * `onStarted` is called when a worker reports it has taken the job (or, had that report been
   * missed, just before a built result is answered).
   */
  async build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, onStarted?: () => void): Promise<BuildResult> {
    const started = performance.now();
    if (signal?.aborted === true) return failure(cancelledError());
    const refusal = beforeRun?.();
    if (refusal !== undefined) return failure(refusal);
    const id = randomUUID();
    let taken = false;
    const take = () => {
      if (taken) return;
      taken = true;
      onStarted?.();
    };
    // Listening before the job exists, so a worker that takes it at once is not missed.
    const unsubscribe = onStarted === undefined ? () => undefined : this.onProgress((jobId, progress) => jobId === id && progress.state === "running" && take());
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      void this.#cancel(id).catch(() => false);
    };
    try {
      try {
        resolveBuildRequest(request, { timeoutMs: this.#timeoutMs });
        await this.submit({ kind: "build", request }, id);
      } catch (error) {
        return failure(submitError(error, this.#redis.status, this.#redisAnswerMs));
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      const result = await this.result(id, (request.timeoutMs ?? this.#timeoutMs) + this.#queueWaitMs);
      if (aborted && !result.ok) return failure(cancelledError());
      if (result.ok) take();
      return result.ok ? { ...result, buildMs: performance.now() - started } : result;
    } finally {
      unsubscribe();
      signal?.removeEventListener("abort", onAbort);
    }
  }

  async describe(request: DescribeRequest, beforeRun?: BeforeRun): Promise<DescribeResult> {
    const refusal = beforeRun?.();
    if (refusal !== undefined) return failure(refusal);
    let id: string;
    try {
      resolveScriptRequest(request);
      id = await this.submit({ kind: "describe", request });
    } catch (error) {
      return failure(submitError(error, this.#redis.status, this.#redisAnswerMs));
    }
    const outcome = await this.#outcome(id, (request.timeoutMs ?? this.#timeoutMs) + this.#queueWaitMs);
    if ("error" in outcome) return failure(outcome.error);
    return outcome.kind === "describe" ? outcome.result : failure(internal("a describe job answered with a build"));
  }

  /**
   * Puts a job on the queue (as `id`, a fresh UUID unless given); returns its id at once. A job whose caller was told BUSY is never
   * built: when Redis hung, the submission is abandoned, and cancelled if it reaches Redis later.
   * @throws PartforgeError USAGE for a bad priority; BUSY when Redis is unreachable or does not take the job within `redisAnswerMs`.
   */
  async submit(job: QueueJob, id: string = randomUUID()): Promise<string> {
    if (this.#closed) throw new PartforgeError("BUSY", "the build service is shutting down; retry shortly", { details: { retryAfterSeconds: RETRY_AFTER_SECONDS } });
    const priorityClass = resolvePriority(job.request.priority);
    const unreachable = this.#unreachable();
    if (unreachable !== undefined) throw PartforgeError.fromData(unreachable);
    const tenant = job.request.tenant ?? DEFAULT_TENANT;
    let abandoned = false;
    const adding = (async () => {
      const tag = await nextTag(this.#redis, this.#keys, tenant);
      if (abandoned) return false;
      await this.#queue.add(job.kind, { ...job, tag }, {
        jobId: id,
        priority: bullPriority(priorityClass, tag),
        attempts: JOB_ATTEMPTS,
        backoff: { type: "fixed", delay: 500 },
        removeOnComplete: { age: JOB_RETENTION_SECONDS },
        removeOnFail: { age: JOB_RETENTION_SECONDS },
      });
      return true;
    })();
    try {
      await withinMs(adding, this.#redisAnswerMs);
    } catch (error) {
      abandoned = true;
      void adding.then((added) => added && this.#cancel(id)).catch(() => false);
      throw error;
    }
    this.#submitted += 1;
    return id;
  }

  /** The build's result once it finished (a failure as data, never thrown); waits at most `waitMs`. */
  async result(id: string, waitMs: number): Promise<BuildResult> {
    const outcome = await this.#outcome(id, waitMs);
    if ("error" in outcome) return failure(outcome.error);
    return outcome.kind === "build" ? decodeBuildResult(outcome.result) : failure(internal("a build job answered with a description"));
  }

  /**
   * Where a job is; undefined for an unknown (or expired) id.
   * @throws PartforgeError BUSY when Redis is unreachable, or does not answer within `redisAnswerMs`.
   */
  async status(id: string): Promise<QueueJobInfo | undefined> {
    return this.#answer(async () => {
      const job = await this.#queue.getJob(id);
      if (job === undefined) return undefined;
      const state = await job.getState();
      return {
        id,
        status: statusOf(state, job),
        progress: isProgress(job.progress) ? job.progress : undefined,
        attempts: job.attemptsStarted,
        createdAt: job.timestamp,
        startedAt: job.processedOn,
        finishedAt: job.finishedOn,
      };
    });
  }

  /** Calls `listener` whenever a worker reports progress on a job; returns the unsubscriber. */
  onProgress(listener: (id: string, progress: QueueProgress) => void): () => void {
    const handler = ({ jobId, data }: { jobId: string; data: unknown }) => {
      if (isProgress(data)) listener(jobId, data);
    };
    this.#events.on("progress", handler);
    return () => this.#events.off("progress", handler);
  }

  /**
   * Cancels a job: a waiting one is removed; a running one is stopped by its worker (which answers
   * the job as cancelled). False when the job is unknown or already finished.
   * @throws PartforgeError BUSY when Redis is unreachable, or does not answer within `redisAnswerMs`:
   * the cancellation may still take effect once Redis answers (cancel again to know).
   */
  async cancel(id: string): Promise<boolean> {
    return this.#answer(() => this.#cancel(id));
  }

  health(): Record<string, unknown> {
    const notReady = this.#closed ? "the build service is shutting down" : this.#watch.problem();
    return { kind: "queue", queue: QUEUE_NAME, redis: this.#redis.status, closed: this.#closed, submitted: this.#submitted, ...(notReady !== undefined ? { notReady } : {}) };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#watch.stop();
    // A clean close waits for Redis; one that does not answer is disconnected instead.
    const closed = Promise.allSettled([this.#events.close(), this.#queue.close()]);
    await withinMs(closed, this.#redis.status === "ready" ? 5_000 : 500).catch(() => withinMs(Promise.allSettled([this.#events.disconnect(), this.#queue.disconnect()]), 500).catch(() => undefined));
    this.#redis.disconnect();
  }

  /**
   * A cancellation without a bound: the one `cancel` races, and the one a node gives a job nobody
   * waits for any more, which must reach Redis however long it takes to answer again.
   */
  async #cancel(id: string): Promise<boolean> {
    const job = await this.#queue.getJob(id);
    if (job === undefined) return false;
    const state = await job.getState();
    if (state === "completed" || state === "failed") return false;
    await this.#redis.set(cancelMarker(this.#prefix, id), "1", "EX", JOB_RETENTION_SECONDS);
    if (state !== "active" && (await this.#queue.remove(id)) === 1) return true;
    await this.#redis.publish(cancelChannel(this.#prefix), id);
    return true;
  }

  /**
   * `call`'s answer, or BUSY (the same answer a build gets): at once while the queue's Redis is
   * known to be unreachable, or once it has not answered within `redisAnswerMs`.
   */
  async #answer<T>(call: () => Promise<T>): Promise<T> {
    const unreachable = this.#unreachable();
    if (unreachable !== undefined) throw PartforgeError.fromData(unreachable);
    try {
      return await withinMs(call(), this.#redisAnswerMs);
    } catch (error) {
      if (isPartforgeError(error)) throw error;
      throw PartforgeError.fromData(redisError(error, this.#redis.status, this.#redisAnswerMs));
    }
  }

  /** The BUSY answer while the queue's Redis is known to be unreachable (the client is reconnecting). */
  #unreachable(): ErrorData | undefined {
    const status = this.#redis.status;
    return status === "ready" ? undefined : unreachableError(status);
  }

  async #outcome(id: string, waitMs: number): Promise<WireResult | { error: ErrorData }> {
    const outcome = await this.#finished(id, waitMs);
    if ("value" in outcome) return outcome.value;
    if (outcome.end === "removed") return { error: cancelledError() };
    if (outcome.end === "failed") return { error: outcome.reason === CANCELLED ? cancelledError() : internal(`the build worker failed the job: ${outcome.reason}`) };
    // Not finished within the wait: give the job up so no worker starts it for nobody. A Redis that
    // does not answer does not keep the caller waiting: the cancellation goes on once it answers.
    let state: string;
    try {
      state = await withinMs(this.#queue.getJobState(id), this.#redisAnswerMs);
    } catch (error) {
      void this.#cancel(id).catch(() => false);
      return { error: redisError(error, this.#redis.status, this.#redisAnswerMs) };
    }
    await withinMs(this.#cancel(id), this.#redisAnswerMs).catch(() => false);
    if (state === "active") return { error: { code: "TIMEOUT", message: `the build did not finish within ${Math.round(waitMs / 1000)} s on the build workers` } };
    return { error: busy(`no build worker started the build within ${Math.round(waitMs / 1000)} s; retry shortly`) };
  }

  /**
   * Waits for the job's end: its result, its final failure, its removal (cancelled while it
   * waited), or `waitMs`. Listens first, then looks, so an end in between is not missed.
   */
  #finished(id: string, waitMs: number): Promise<{ value: WireResult } | { end: "failed"; reason: string } | { end: "removed" | "timeout" }> {
    type Outcome = { value: WireResult } | { end: "failed"; reason: string } | { end: "removed" | "timeout" };
    return new Promise<Outcome>((resolve) => {
      const completedEvent = `completed:${id}`;
      const failedEvent = `failed:${id}`;
      const onCompleted = ({ returnvalue }: { returnvalue: unknown }) => finish({ value: parseReturn(returnvalue) });
      const onFailed = ({ failedReason }: { failedReason: string }) => finish({ end: "failed", reason: failedReason });
      const onRemoved = ({ jobId }: { jobId: string }) => {
        if (jobId === id) finish({ end: "removed" });
      };
      const timer = setTimeout(() => finish({ end: "timeout" }), waitMs);
      let settled = false;
      const finish = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const events = this.#events as unknown as NodeJS.EventEmitter;
        events.off(completedEvent, onCompleted);
        events.off(failedEvent, onFailed);
        this.#events.off("removed", onRemoved);
        resolve(outcome);
      };
      // QueueEvents also emits `completed:<id>` and `failed:<id>` (what BullMQ's own waiting uses), untyped.
      const events = this.#events as unknown as NodeJS.EventEmitter;
      events.on(completedEvent, onCompleted);
      events.on(failedEvent, onFailed);
      this.#events.on("removed", onRemoved);
      // The state first, then the job: a job read before its state is a snapshot, and one that
      // completed in between had no return value yet (a fast describe answered null: a 500).
      void (async () => {
        const state = await this.#queue.getJobState(id);
        if (state === "unknown") return finish({ end: "removed" });
        if (state !== "completed" && state !== "failed") return;
        const job = await this.#queue.getJob(id);
        if (job === undefined) return finish({ end: "removed" });
        if (state === "completed") finish({ value: parseReturn(job.returnvalue) });
        else finish({ end: "failed", reason: job.failedReason });
      })().catch(() => undefined);
    });
  }
}

/** A return value as a completion event carries it (JSON text) or as a fetched job holds it. */
function parseReturn(value: unknown): WireResult {
  return (typeof value === "string" ? JSON.parse(value) : value) as WireResult;
}

/**
 * A queue backend whose Redis answered.
 * @throws PartforgeError USAGE when Redis does not answer within `connectTimeoutMs`.
 */
export async function openQueueBackend(options: QueueBackendOptions): Promise<QueueBackend> {
  await probeQueueRedis(options.url, options.connectTimeoutMs ?? 10_000);
  const backend = new QueueBackend(options);
  try {
    await withinMs(backend.ready(), options.connectTimeoutMs ?? 10_000);
  } catch (error) {
    await backend.close();
    throw new PartforgeError("USAGE", `cannot reach the build queue's Redis at ${redactUrl(options.url)}: ${error instanceof Error ? error.message : String(error)}; check --queue (or REDIS_URL)`);
  }
  return backend;
}

function statusOf(state: string, job: Job<QueueJobData, WireResult>): QueueJobStatus {
  if (state === "active") return "running";
  if (state === "completed") return job.returnvalue?.result.ok === false ? "failed" : "done";
  if (state === "failed") return job.failedReason === CANCELLED ? "cancelled" : "failed";
  return "queued";
}

function isProgress(value: unknown): value is QueueProgress {
  return typeof value === "object" && value !== null && (value as { state?: unknown }).state === "running";
}

function failure(error: ErrorData): BuildFailure {
  return { ok: false, error, computeMs: 0 };
}

function busy(message: string): ErrorData {
  return { code: "BUSY", message, details: { retryAfterSeconds: RETRY_AFTER_SECONDS } };
}

function unreachableError(status: string): ErrorData {
  return busy(`the build queue's Redis is unreachable (${status === "ready" ? "connection lost" : status}); retry in a few seconds`);
}

/** What a failed or unanswered call to the queue's Redis tells the client (no client-library jargon). */
function redisError(error: unknown, status: string, answerMs: number): ErrorData {
  if (error instanceof RedisSilent) return busy(`the build queue's Redis did not answer within ${answerMs / 1000} s; retry in a few seconds`);
  return unreachableError(status);
}

function internal(message: string): ErrorData {
  return { code: "INTERNAL", message };
}

function submitError(error: unknown, status: string, answerMs: number): ErrorData {
  if (isPartforgeError(error)) return error.toData();
  return redisError(error, status, answerMs);
}
