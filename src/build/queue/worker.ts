/**
 * A build worker (`partforge worker --queue redis://…`): takes jobs from the BullMQ queue the
 * service nodes fill and runs them on a build backend — in production the sandboxed slot pool —
 * as many at once as it has slots. Each job's time limit travels in its request and is enforced
 * by the pool. A worker that dies or stalls loses its jobs' locks; another worker's stalled-job
 * check puts them back on the queue and they run again elsewhere (up to `JOB_ATTEMPTS` times). A
 * build that fails (bad script, time limit) is a result, answered as data and never retried.
 *
 * Closing is bounded (`closeGraceMs`): a worker told to stop (SIGTERM) finishes its running builds
 * and delivers their results if it can, but a Redis that is down or hangs cannot take a result (nor
 * the connections' goodbyes), and BullMQ's own close would then wait for ever; after the grace
 * period the worker drops its connections, and the jobs it still held run again elsewhere once
 * their locks expire.
 */
import { hostname } from "node:os";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { Redis } from "ioredis";
import { notReadyReason, type BuildBackend } from "../backend.ts";
import type { BeforeRun, BuildRequest } from "../request.ts";
import { cancelledError, type BuildResult } from "../result.ts";
import { cancelChannel, cancelMarker } from "./cancel.ts";
import { probeQueueRedis } from "./probe.ts";
import { queueConnectionOptions } from "./connection.ts";
import { RedisAnswerWatch } from "./answerWatch.ts";
import { withinMs } from "./bounded.ts";
import { fairnessKeys, tagTaken, type FairnessKeys } from "./fairness.ts";
import { DEFAULT_MAX_RESULT_BYTES, DEFAULT_QUEUE_PREFIX, encodeBuildResult, JOB_RETENTION_SECONDS, QUEUE_NAME, type QueueJobData, type QueueProgress, type WireResult } from "./protocol.ts";

export interface BuildWorkerOptions {
  /** `redis://[:password@]host:port[/db]` */
  url: string;
  /** Where the builds run: the slot pool (`PoolBackend`). The worker does not close it. */
  backend: BuildBackend;
  /** Jobs run at once: the pool's slot count. */
  concurrency: number;
  /** Key prefix in Redis; default `partforge` (must match the service nodes'). */
  prefix?: string;
  /**
   * How long a job's lock lasts without renewal (renewed at half of it while the worker lives).
   * A dead worker's job runs again elsewhere within about twice this. Default 30 000.
   */
  lockMs?: number;
  /** The largest file returned through the queue; default `DEFAULT_MAX_RESULT_BYTES`. */
  maxResultBytes?: number;
  /**
   * How long `close()` waits for the running builds to finish and their results to reach Redis
   * before it drops the connections anyway. Default `DEFAULT_CLOSE_GRACE_MS`.
   */
  closeGraceMs?: number;
  log?: (level: "info" | "warn" | "error", message: string) => void;
}

const CANCELLED = "cancelled";

/**
 * BullMQ's worker, able to let go: its `close()` stops its lock renewal and stalled-job check only
 * after Redis took its goodbye, so a close abandoned while Redis is away leaves their timers
 * running, and the process alive.
 */
class QueueWorker<Data, Result> extends Worker<Data, Result> {
  /** Stops the worker's timers and drops its connections, whatever Redis does. */
  async abandon(): Promise<void> {
    // pause(true) waits for nothing; it ends the stalled-job check's loop and timer.
    await this.pause(true).catch(() => undefined);
    await this.lockManager.close();
    await this.disconnect();
  }
}
/**
 * The default grace of `close()`: a build's default time limit (30 s) and some, so a worker stopped
 * while Redis is fine delivers what it builds. Kubernetes' default termination grace (30 s) is
 * shorter: set `terminationGracePeriodSeconds` above it, or `--close-grace-ms` below that.
 */
export const DEFAULT_CLOSE_GRACE_MS = 45_000;
/** How long dropping the connections may take after the grace period before `close()` returns regardless. */
const DISCONNECT_MS = 2_000;

export class BuildWorker {
  readonly #worker: QueueWorker<QueueJobData, WireResult>;
  readonly #redis: Redis;
  readonly #subscriber: Redis;
  readonly #keys: FairnessKeys;
  readonly #options: Required<Omit<BuildWorkerOptions, "log">> & Pick<BuildWorkerOptions, "log">;
  readonly #name = `${hostname()}:${process.pid}`;
  readonly #watch: RedisAnswerWatch;
  #closing: Promise<void> | undefined;
  #running = 0;
  #done = 0;

  /** @internal Use `startBuildWorker`. */
  constructor(options: BuildWorkerOptions) {
    this.#options = { prefix: DEFAULT_QUEUE_PREFIX, lockMs: 30_000, maxResultBytes: DEFAULT_MAX_RESULT_BYTES, closeGraceMs: DEFAULT_CLOSE_GRACE_MS, ...options };
    const { url, prefix, lockMs, concurrency } = this.#options;
    this.#redis = new Redis(url, queueConnectionOptions());
    this.#subscriber = new Redis(url, queueConnectionOptions());
    for (const client of [this.#redis, this.#subscriber]) client.on("error", (error) => this.#options.log?.("warn", `queue Redis: ${error.message}`));
    this.#worker = new QueueWorker<QueueJobData, WireResult>(QUEUE_NAME, (job, _token, signal) => this.#process(job, signal), {
      connection: { url, ...queueConnectionOptions() },
      prefix,
      concurrency,
      autorun: false,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: 2,
      removeOnComplete: { age: JOB_RETENTION_SECONDS },
      removeOnFail: { age: JOB_RETENTION_SECONDS },
    });
    this.#worker.on("error", (error) => this.#options.log?.("warn", `build queue: ${error.message}`));
    this.#worker.on("stalled", (id) => this.#options.log?.("warn", `job ${id} stalled (its worker died or hung); it runs again`));
    this.#keys = fairnessKeys((type) => this.#worker.toKey(type));
    this.#watch = new RedisAnswerWatch(this.#redis);
  }

  /** Connects and starts taking jobs. */
  async start(): Promise<void> {
    await Promise.all([this.#worker.waitUntilReady(), this.#redis.ping()]);
    await this.#subscriber.subscribe(cancelChannel(this.#options.prefix));
    this.#subscriber.on("message", (_channel: string, id: string) => {
      if (this.#worker.cancelJob(id, CANCELLED)) this.#options.log?.("info", `job ${id} cancelled`);
    });
    void this.#worker.run().catch((error: unknown) => this.#options.log?.("error", `build worker stopped: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Whether it takes jobs (`ready`), and when not, why (`reason`): closing, Redis unreachable or not answering, no usable slot. */
  health(): { worker: string; running: number; done: number; concurrency: number; redis: string; ready: boolean; reason?: string } {
    const reason = this.#notReady();
    return {
      worker: this.#name,
      running: this.#running,
      done: this.#done,
      concurrency: this.#options.concurrency,
      redis: this.#redis.status,
      ready: reason === undefined,
      ...(reason !== undefined ? { reason } : {}),
    };
  }

  /**
   * Stops taking jobs and waits for the running ones to finish (their results are delivered), for
   * at most `closeGraceMs`; then drops the connections to Redis (within 2 s more) and returns.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#watch.stop();
    const graceful = this.#worker.close();
    try {
      await withinMs(graceful, this.#options.closeGraceMs);
    } catch {
      this.#options.log?.("warn", `the build queue did not close within ${this.#options.closeGraceMs} ms (Redis away, or builds still running): dropping its connections; jobs not delivered run again elsewhere`);
      graceful.catch(() => undefined);
      await withinMs(this.#worker.abandon(), DISCONNECT_MS).catch(() => undefined);
    }
    this.#subscriber.disconnect();
    this.#redis.disconnect();
  }

  #notReady(): string | undefined {
    if (this.#closing !== undefined) return "the worker is shutting down";
    if (!this.#worker.isRunning()) return "the worker is not taking jobs";
    return this.#watch.problem() ?? notReadyReason(this.#options.backend.health());
  }

  async #process(job: Job<QueueJobData, WireResult>, signal: AbortSignal | undefined): Promise<WireResult> {
    const data = job.data;
    await tagTaken(this.#redis, this.#keys, data.tag);
    if ((await this.#redis.exists(cancelMarker(this.#options.prefix, job.id!))) === 1) throw new UnrecoverableError(CANCELLED);
    const progress: QueueProgress = { state: "running", worker: this.#name, attempt: job.attemptsStarted };
    await job.updateProgress(progress);
    // A job cancelled while it waits for a slot in the pool never starts there.
    const beforeRun: BeforeRun = () => (signal?.aborted ? cancelledError() : undefined);
    // The signal goes to the backend too: a backend that can stop a running build (the pool, with
    // the cancellation the jobs API brings) kills and replaces the slot; one that cannot ignores it.
    const build: (request: BuildRequest, beforeRun: BeforeRun, signal: AbortSignal | undefined) => Promise<BuildResult> = this.#options.backend.build.bind(this.#options.backend);
    this.#running += 1;
    try {
      const result: WireResult =
        data.kind === "build"
          ? { kind: "build", result: encodeBuildResult(await build(data.request, beforeRun, signal), this.#options.maxResultBytes) }
          : { kind: "describe", result: await this.#options.backend.describe(data.request, beforeRun) };
      if (signal?.aborted) throw new UnrecoverableError(CANCELLED);
      return result;
    } finally {
      this.#running -= 1;
      this.#done += 1;
    }
  }
}

/**
 * A worker that is taking jobs.
 * @throws PartforgeError USAGE when the queue's Redis does not answer within 10 s.
 */
export async function startBuildWorker(options: BuildWorkerOptions): Promise<BuildWorker> {
  await probeQueueRedis(options.url, 10_000);
  const worker = new BuildWorker(options);
  await worker.start();
  return worker;
}
