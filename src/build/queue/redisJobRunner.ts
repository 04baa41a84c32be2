/**
 * Queue mode's job runner: every job lives in the queue's Redis, so any service node answers for
 * any job — its state, its events, its file, its cancellation — and no load balancer needs to be
 * sticky. The node that accepted a job runs its `execute` (which waits for a build worker) and
 * writes each change of state to Redis, where the others read it.
 *
 * In Redis, under `<prefix>:jobs:`:
 * - `rec:<id>`, a hash: owner, the node running it, status, the state (JSON), the context (JSON)
 *   and, once done, the result's metadata (JSON); `bytes:<id>`, the file. Both expire
 *   `retentionMs` after the job finished (an unfinished one is renewed while its node lives).
 * - `open:<owner>`, the owner's unfinished jobs: the limit on them is checked and taken in one
 *   Lua script, so it is exact across nodes.
 * - `node:<node>`, renewed while a node lives: an unfinished job whose node is gone (it died) is
 *   failed by the first node that looks at it, and stops counting against its owner's limit.
 * - channels `events` (each new state, for event streams on every node) and `cancel` (a job's id:
 *   the node running it aborts its build, which cancels it on its worker).
 *
 * Every call a request waits for is bounded (`answerMs`): a Redis that is down or hangs makes the
 * request fail with BUSY (503 + Retry-After), never keeps it waiting.
 *
 * The file is kept in Redis, not in the shared cache: the cache may evict it (or be absent), and
 * a job's file must stay for the documented time. The queue bounds it already
 * (`DEFAULT_MAX_RESULT_BYTES`, the largest file a worker returns).
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { Redis } from "ioredis";
import { PartforgeError, type ErrorData } from "../../shared/errors.ts";
import {
  finalChange,
  INTERNAL_JOB_ERROR,
  isFinalStatus,
  JOB_PROGRESS,
  runningProgress,
  jobLimitError,
  type JobRecord,
  type JobRunner,
  type JobRunnerLimits,
  type JobState,
  type JobSubmission,
} from "../jobs/index.ts";
import type { BuildResult, BuildSuccess } from "../result.ts";
import { DEFAULT_QUEUE_PREFIX } from "./protocol.ts";
import { RedisSilent, withinMs } from "./bounded.ts";

export interface RedisJobRunnerOptions extends JobRunnerLimits {
  /** The queue's Redis: `redis://[:password@]host:port[/db]`. */
  url: string;
  /** Key prefix; default `partforge` (every node of a deployment uses the same). */
  prefix?: string;
  /** How long a node's liveness key lasts without renewal (renewed every third of it), ms. Default 30 000. */
  nodeTtlMs?: number;
  /** How often a node re-reads a job it streams events of (missed messages, a dead node), ms. Default 2 000. */
  pollMs?: number;
  /**
   * How long one call may go unanswered (Redis hung) before it is refused BUSY, ms. Default 5 000,
   * as the queue backend's `redisAnswerMs`. A refused write may still happen once Redis answers.
   */
  answerMs?: number;
}

/** A job this node runs. */
interface LocalJob {
  owner: string;
  controller: AbortController;
  settled: Promise<void>;
  /** The state this node last wrote. */
  state: JobState;
}

const FINAL = "status == 'done' or status == 'failed' or status == 'cancelled'";

/** Prunes the owner's unfinished set (finished, expired, or on a dead node), then takes a place in it or answers how many there are. */
const SUBMIT = `
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local fields = redis.call('HMGET', ARGV[2] .. id, 'status', 'node')
  local status, node = fields[1], fields[2]
  if (not status) or ${FINAL} or (not node) or redis.call('EXISTS', ARGV[3] .. node) == 0 then redis.call('SREM', KEYS[1], id) end
end
local open = redis.call('SCARD', KEYS[1])
if open >= tonumber(ARGV[1]) then return open end
-- The accepting node is alive now, whether or not its first heartbeat has been written yet.
redis.call('SET', ARGV[3] .. ARGV[6], '1', 'PX', ARGV[10])
redis.call('HSET', KEYS[2], 'owner', ARGV[5], 'node', ARGV[6], 'status', 'queued', 'state', ARGV[7], 'context', ARGV[8])
redis.call('PEXPIRE', KEYS[2], ARGV[9])
redis.call('SADD', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[9])
return -1`;

/** Moves an unfinished job to a new state (a final one with its result and expiry) and announces it; 0 when it was final already. */
const UPDATE = `
local status = redis.call('HGET', KEYS[1], 'status')
if (not status) or ${FINAL} then return 0 end
status = ARGV[1]
redis.call('HSET', KEYS[1], 'status', status, 'state', ARGV[2])
if ${FINAL} then
  redis.call('SREM', KEYS[2], ARGV[6])
  if ARGV[4] ~= '' then
    redis.call('HSET', KEYS[1], 'result', ARGV[4])
    redis.call('SET', KEYS[3], ARGV[5], 'PX', ARGV[3])
  end
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
redis.call('PUBLISH', ARGV[7], ARGV[8])
return 1`;

/** How long a call waits for Redis to (re)connect before it is refused BUSY. */
const CONNECT_WAIT_MS = 2_000;
/** The default `answerMs`. */
const DEFAULT_ANSWER_MS = 5_000;
/** Attempts to write a finished job's state while Redis is away, 5 s apart. */
const FINAL_WRITE_ATTEMPTS = 12;

export class RedisJobRunner<Context> implements JobRunner<Context> {
  readonly #options: Required<RedisJobRunnerOptions>;
  readonly #redis: Redis;
  readonly #subscriber: Redis;
  readonly #node = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  readonly #local = new Map<string, LocalJob>();
  readonly #listeners = new Map<string, Set<(state: JobState) => void>>();
  readonly #heartbeat: NodeJS.Timeout;
  /** Jobs whose submission failed after it may have reached Redis: failed there at the next heartbeat. */
  readonly #doubtful = new Map<string, JobState & { owner: string }>();
  #closing = false;

  constructor(options: RedisJobRunnerOptions) {
    this.#options = { prefix: DEFAULT_QUEUE_PREFIX, nodeTtlMs: 30_000, pollMs: 2_000, answerMs: DEFAULT_ANSWER_MS, ...options };
    // No offline queue: a command is sent now or refused (BUSY), never sent later behind the caller's back.
    this.#redis = new Redis(options.url, { maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 2_000 });
    this.#subscriber = new Redis(options.url, { maxRetriesPerRequest: null, connectTimeout: 2_000 });
    for (const client of [this.#redis, this.#subscriber]) client.on("error", () => undefined);
    this.#subscriber.on("message", (channel: string, message: string) => this.#message(channel, message));
    void this.#subscriber.subscribe(this.#key("events"), this.#key("cancel")).catch(() => undefined);
    this.#heartbeat = setInterval(() => void this.#beat().catch(() => undefined), this.#options.nodeTtlMs / 3);
    this.#heartbeat.unref();
    // Announced at once (`ready()` waits for it): until then other nodes read this node's jobs as a dead node's.
    void this.#beat().catch(() => undefined);
  }

  /** Resolves once Redis answers and this node is announced alive. */
  async ready(): Promise<void> {
    await this.#call(() => this.#beat());
  }

  async submit(submission: JobSubmission<Context>): Promise<JobState> {
    const id = `job_${randomBytes(12).toString("base64url")}`;
    const state: JobState = { id, status: "queued", progress: JOB_PROGRESS.queued, timings: { createdAt: new Date().toISOString() } };
    const { maxUnfinishedPerOwner, retentionMs } = this.#options;
    let taken: number;
    try {
      taken = Number(
        await this.#call(() =>
          this.#redis.eval(
            SUBMIT,
            2,
            this.#key(`open:${submission.owner}`),
            this.#record(id),
            String(maxUnfinishedPerOwner),
            this.#key("rec:"),
            this.#key("node:"),
            id,
            submission.owner,
            this.#node,
            JSON.stringify(state),
            JSON.stringify(submission.context),
            String(retentionMs),
            String(this.#options.nodeTtlMs),
          ),
        ),
      );
    } catch (error) {
      // Refused before or after Redis ran the script: if it did, the job is failed at the next heartbeat.
      this.#doubtful.set(id, { ...state, owner: submission.owner });
      throw error;
    }
    if (taken >= 0) throw jobLimitError(taken, maxUnfinishedPerOwner);
    const job: LocalJob = { owner: submission.owner, controller: new AbortController(), settled: Promise.resolve(), state };
    this.#local.set(id, job);
    job.settled = this.#run(id, submission.owner, job, submission.execute).finally(() => this.#local.delete(id));
    return state;
  }

  async get(id: string, owner: string): Promise<JobRecord<Context> | undefined> {
    const found = await this.#read(id, owner, ["context", "result"]);
    if (found === undefined) return undefined;
    const { state, fields } = found;
    const context = JSON.parse(fields.context ?? "null") as Context;
    if (state.status !== "done" || fields.result === null) return { state, context };
    const bytes = await this.#call(() => this.#redis.getBuffer(this.#key(`bytes:${id}`)));
    if (bytes === null) return { state, context };
    const result: BuildSuccess = { ...(JSON.parse(fields.result!) as Omit<BuildSuccess, "bytes">), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    return { state, context, result };
  }

  async state(id: string, owner: string): Promise<JobState | undefined> {
    return (await this.#read(id, owner, []))?.state;
  }

  async subscribe(id: string, owner: string, listener: (state: JobState) => void): Promise<(() => void) | undefined> {
    const first = await this.state(id, owner);
    if (first === undefined) return undefined;
    let listeners = this.#listeners.get(id);
    if (listeners === undefined) this.#listeners.set(id, (listeners = new Set()));
    listeners.add(listener);
    let stopped = false;
    // Messages can be missed (Redis reconnecting) and a dead node sends none: look again now and then.
    const poll = setInterval(() => {
      void this.state(id, owner).then(
        (state) => !stopped && state !== undefined && listener(state),
        () => undefined,
      );
    }, this.#options.pollMs);
    poll.unref();
    listener(first);
    return () => {
      stopped = true;
      clearInterval(poll);
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(id);
    };
  }

  async cancel(id: string, owner: string): Promise<JobState | undefined> {
    const state = await this.state(id, owner);
    if (state === undefined) return undefined;
    if (isFinalStatus(state.status)) return state;
    const cancelled = this.#finalState(state, { status: "cancelled" });
    if ((await this.#update(id, owner, cancelled)) === 1) {
      // The node running the build aborts it, which cancels it on its worker.
      await this.#call(() => this.#redis.publish(this.#key("cancel"), id));
      return cancelled;
    }
    return this.state(id, owner);
  }

  /**
   * Stops this node's builds: their jobs fail with BUSY (submit again), as a client of a node that
   * went away would want; jobs on other nodes are untouched. Bounded while Redis hangs: a build
   * that cannot hear its cancellation, or a final state that cannot be written, is waited for
   * `answerMs` at most (other nodes then fail the job as a dead node's once this node's key lapses).
   */
  async close(): Promise<void> {
    this.#closing = true;
    clearInterval(this.#heartbeat);
    const jobs = [...this.#local.values()];
    for (const job of jobs) job.controller.abort();
    await withinMs(Promise.all(jobs.map((job) => job.settled)), this.#options.answerMs).catch(() => undefined);
    this.#listeners.clear();
    await withinMs(this.#redis.del(this.#key(`node:${this.#node}`)), this.#options.answerMs).catch(() => undefined);
    this.#subscriber.disconnect();
    this.#redis.disconnect();
  }

  health(): { redis: string; runningJobs: number } {
    return { redis: this.#redis.status, runningJobs: this.#local.size };
  }

  async #run(id: string, owner: string, job: LocalJob, execute: JobSubmission<Context>["execute"]): Promise<void> {
    const queuedAt = performance.now();
    // The state writes of a running job, one after another (the last one written wins).
    let writes: Promise<unknown> = Promise.resolve();
    const write = (state: JobState) => {
      job.state = state;
      writes = writes.then(() => this.#update(id, owner, state)).catch(() => undefined);
    };
    let progressed: number | undefined;
    let result: BuildResult;
    try {
      result = await execute({
        signal: job.controller.signal,
        started: () => {
          if (job.state.status !== "queued") return;
          write({ ...job.state, status: "running", progress: runningProgress(progressed), timings: { ...job.state.timings, startedAt: new Date().toISOString(), queueMs: Math.round(performance.now() - queuedAt) } });
        },
        progressed: (fraction) => {
          if (isFinalStatus(job.state.status)) return;
          progressed = fraction;
          if (job.state.status === "running") write({ ...job.state, progress: runningProgress(fraction) });
        },
      });
    } catch {
      result = { ok: false, error: INTERNAL_JOB_ERROR, computeMs: 0 };
    }
    await writes;
    if (this.#closing && !result.ok && result.error.code === "CANCELLED") result = { ok: false, error: shutDownError(), computeMs: 0 };
    const { status, ...extra } = finalChange(result);
    const final = this.#finalState(job.state, { status, ...extra });
    // A job cancelled meanwhile (through any node) stays cancelled: the script only moves an unfinished one.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.#update(id, owner, final, result.ok ? result : undefined);
        return;
      } catch {
        if (attempt >= FINAL_WRITE_ATTEMPTS || this.#closing) return;
        await new Promise((resolve) => setTimeout(resolve, 5_000));
      }
    }
  }

  #finalState(state: JobState, change: Pick<JobState, "status" | "error" | "cache"> & { timings?: Partial<JobState["timings"]> }): JobState {
    const now = Date.now();
    const { timings, ...rest } = change;
    const { error: _error, cache: _cache, ...earlier } = state;
    return {
      ...earlier,
      ...rest,
      progress: JOB_PROGRESS.final,
      timings: { ...state.timings, ...timings, finishedAt: new Date(now).toISOString(), expiresAt: new Date(now + this.#options.retentionMs).toISOString() },
    };
  }

  /** Writes `state` if the job is unfinished (with the file when done); 1 when written, 0 when the job was final already. */
  async #update(id: string, owner: string, state: JobState, result?: BuildSuccess): Promise<number> {
    let meta = "";
    let bytes: Buffer | string = "";
    if (result !== undefined) {
      const { bytes: file, ...rest } = result;
      meta = JSON.stringify(rest);
      bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    }
    const written = await this.#call(() =>
      this.#redis.eval(
        UPDATE,
        3,
        this.#record(id),
        this.#key(`open:${owner}`),
        this.#key(`bytes:${id}`),
        state.status,
        JSON.stringify(state),
        String(this.#options.retentionMs),
        meta,
        bytes,
        id,
        this.#key("events"),
        JSON.stringify(state),
      ),
    );
    return Number(written);
  }

  /**
   * The owner's job's state (a dead node's unfinished job failed first) and the `extra` fields of
   * its record; undefined for an unknown or expired job, or another owner's.
   */
  async #read<F extends string>(id: string, owner: string, extra: readonly F[]): Promise<{ state: JobState; fields: Record<F, string | null> } | undefined> {
    const [recordOwner, node, stateJson, ...values] = await this.#call(() => this.#redis.hmget(this.#record(id), "owner", "node", "state", ...extra));
    if (recordOwner !== owner || stateJson === null || stateJson === undefined) return undefined;
    let state = JSON.parse(stateJson) as JobState;
    if (!isFinalStatus(state.status) && node !== null && node !== undefined && !(await this.#alive(node))) state = await this.#orphaned(id, owner, state);
    const fields = Object.fromEntries(extra.map((name, i) => [name, values[i] ?? null])) as Record<F, string | null>;
    return { state, fields };
  }

  /** A job whose node died before finishing it: failed (by whichever node notices first). */
  async #orphaned(id: string, owner: string, state: JobState): Promise<JobState> {
    const failed = this.#finalState(state, { status: "failed", error: { code: "BUSY", message: "the service node running this job stopped before it finished; submit the job again", details: { retryAfterSeconds: 1 } } });
    if ((await this.#update(id, owner, failed)) === 1) return failed;
    const now = await this.#call(() => this.#redis.hget(this.#record(id), "state"));
    return now === null ? failed : (JSON.parse(now) as JobState);
  }

  async #alive(node: string): Promise<boolean> {
    if (node === this.#node) return !this.#closing;
    return (await this.#call(() => this.#redis.exists(this.#key(`node:${node}`)))) === 1;
  }

  async #beat(): Promise<void> {
    if (this.#closing) return;
    for (const [id, { owner, ...state }] of this.#doubtful) {
      await this.#update(id, owner, this.#finalState(state, { status: "failed", error: INTERNAL_JOB_ERROR }));
      this.#doubtful.delete(id);
    }
    const local = [...this.#local];
    const pipeline = this.#redis.multi().set(this.#key(`node:${this.#node}`), "1", "PX", this.#options.nodeTtlMs);
    for (const [id, job] of local) pipeline.pexpire(this.#record(id), this.#options.retentionMs).pexpire(this.#key(`open:${job.owner}`), this.#options.retentionMs).hget(this.#record(id), "status");
    const replies = await pipeline.exec();
    // A cancel message missed (this node's subscriber was reconnecting): the job is final in Redis, so its build stops now.
    local.forEach(([id, job], i) => {
      const status = replies?.[1 + i * 3 + 2]?.[1];
      if (typeof status === "string" && isFinalStatus(status as JobState["status"]) && !job.controller.signal.aborted) {
        this.#local.get(id)?.controller.abort();
      }
    });
  }

  #message(channel: string, message: string): void {
    if (channel === this.#key("cancel")) {
      this.#local.get(message)?.controller.abort();
      return;
    }
    let state: JobState;
    try {
      state = JSON.parse(message) as JobState;
    } catch {
      return;
    }
    for (const listener of this.#listeners.get(state.id) ?? []) listener(state);
  }

  /**
   * A Redis call whose failure is a BUSY refusal (503 with Retry-After); while Redis (re)connects,
   * it waits up to `CONNECT_WAIT_MS` first, and once sent, up to `answerMs` for the answer.
   */
  async #call<T>(call: () => Promise<T>): Promise<T> {
    try {
      if (this.#redis.status !== "ready") await this.#connected();
      return await withinMs(call(), this.#options.answerMs);
    } catch (error) {
      const why = error instanceof RedisSilent ? `did not answer within ${this.#options.answerMs / 1000} s` : `is unreachable (${error instanceof Error ? error.message : String(error)})`;
      throw new PartforgeError("BUSY", `the job store (Redis) ${why}; retry shortly`, { details: { retryAfterSeconds: 5 } });
    }
  }

  #connected(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#redis.off("ready", onReady);
        reject(new Error(`not connected within ${CONNECT_WAIT_MS} ms`));
      }, CONNECT_WAIT_MS);
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      this.#redis.once("ready", onReady);
    });
  }

  #key(suffix: string): string {
    return `${this.#options.prefix}:jobs:${suffix}`;
  }

  #record(id: string): string {
    return this.#key(`rec:${id}`);
  }
}

function shutDownError(): ErrorData {
  return { code: "BUSY", message: "the service node running this job shut down before it finished; submit the job again", details: { retryAfterSeconds: 1 } };
}

/**
 * A job runner on the queue's Redis, announced alive.
 * @throws PartforgeError BUSY when Redis does not answer.
 */
export async function openRedisJobRunner<Context>(options: RedisJobRunnerOptions): Promise<RedisJobRunner<Context>> {
  const runner = new RedisJobRunner<Context>(options);
  try {
    await runner.ready();
  } catch (error) {
    await runner.close();
    throw error;
  }
  return runner;
}
