/**
 * The embedded mode's job runner: jobs live in this process's memory (a restart forgets them),
 * each runs as soon as it is submitted on the given `execute` (the pool's fair queue decides when
 * a slot takes it), and a finished job with its file is kept for `retentionMs`, then forgotten.
 */
import { randomBytes } from "node:crypto";
import { PartforgeError } from "../../shared/errors.ts";
import type { BuildResult, BuildSuccess } from "../result.ts";
import type { JobRequest } from "./jobRequest.ts";
import { isFinalStatus, type JobRecord, type JobRunner, type JobState, type JobStatus, type JobSubmission } from "./jobRunner.ts";

/** What a running job may tell its runner, and how the runner stops it. */
export interface JobHooks {
  /** Aborts when the job is cancelled (or the runner closes). */
  signal: AbortSignal;
  /** Call when a slot takes the build (the job becomes `running`); later calls change nothing. */
  started(): void;
  /** Call as a job of several builds advances: `fraction` of it (0 to 1) is done. */
  progressed(fraction: number): void;
}

/** Runs one job's build (a batch's builds); never throws (a thrown error fails the job as INTERNAL). */
export type JobExecutor<Context> = (request: JobRequest, context: Context, hooks: JobHooks) => Promise<BuildResult>;

export interface InProcessJobRunnerOptions {
  /** How long a finished job and its file are kept, ms. */
  retentionMs: number;
  /** Unfinished (queued or running) jobs one owner may have at once. */
  maxUnfinishedPerOwner: number;
  /** The clock, for tests. */
  now?: () => number;
}

interface Job<Context> {
  owner: string;
  state: JobState;
  context: Context;
  result?: BuildSuccess;
  controller: AbortController;
  listeners: Set<(state: JobState) => void>;
  /** The fraction done a job of several builds last reported; shown while it runs. */
  progressed?: number;
  /** Settles when the build has ended (after a cancel too). */
  settled: Promise<void>;
  finishedAt?: number;
}

const PROGRESS = {
  queued: { phase: "waiting for a build slot", fraction: 0 },
  running: { phase: "building", fraction: 0.5 },
  final: { phase: "finished", fraction: 1 },
} as const;

export class InProcessJobRunner<Context> implements JobRunner<Context> {
  readonly #execute: JobExecutor<Context>;
  readonly #options: Required<InProcessJobRunnerOptions>;
  readonly #jobs = new Map<string, Job<Context>>();
  readonly #sweeper: NodeJS.Timeout;

  constructor(execute: JobExecutor<Context>, options: InProcessJobRunnerOptions) {
    this.#execute = execute;
    this.#options = { now: Date.now, ...options };
    // Expired jobs are also dropped when looked up; the sweep bounds memory when nobody looks.
    this.#sweeper = setInterval(() => this.#sweep(), Math.max(1000, Math.min(60_000, options.retentionMs)));
    this.#sweeper.unref();
  }

  submit(submission: JobSubmission<Context>): JobState {
    this.#sweep();
    const unfinished = [...this.#jobs.values()].filter((job) => job.owner === submission.owner && !isFinalStatus(job.state.status)).length;
    if (unfinished >= this.#options.maxUnfinishedPerOwner) {
      throw new PartforgeError(
        "JOB_LIMIT",
        `this account already has ${unfinished} jobs queued or running, the most it may have at once (${this.#options.maxUnfinishedPerOwner}): wait for one to finish or cancel one (DELETE /api/jobs/{id})`,
        { details: { maxUnfinishedJobs: this.#options.maxUnfinishedPerOwner, retryAfterSeconds: 5 } },
      );
    }
    const id = `job_${randomBytes(12).toString("base64url")}`;
    const job: Job<Context> = {
      owner: submission.owner,
      state: { id, status: "queued", progress: PROGRESS.queued, timings: { createdAt: this.#iso(this.#options.now()) } },
      context: submission.context,
      controller: new AbortController(),
      listeners: new Set(),
      settled: Promise.resolve(),
    };
    this.#jobs.set(id, job);
    job.settled = this.#run(job, submission.request);
    return job.state;
  }

  get(id: string, owner: string): JobRecord<Context> | undefined {
    const job = this.#owned(id, owner);
    if (job === undefined) return undefined;
    return { state: job.state, context: job.context, ...(job.result !== undefined ? { result: job.result } : {}) };
  }

  subscribe(id: string, owner: string, listener: (state: JobState) => void): (() => void) | undefined {
    const job = this.#owned(id, owner);
    if (job === undefined) return undefined;
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  cancel(id: string, owner: string): JobState | undefined {
    const job = this.#owned(id, owner);
    if (job === undefined) return undefined;
    if (!isFinalStatus(job.state.status)) {
      this.#finish(job, "cancelled", {});
      job.controller.abort();
    }
    return job.state;
  }

  async close(): Promise<void> {
    clearInterval(this.#sweeper);
    const jobs = [...this.#jobs.values()];
    for (const job of jobs) job.controller.abort();
    await Promise.all(jobs.map((job) => job.settled));
    this.#jobs.clear();
  }

  async #run(job: Job<Context>, request: JobRequest): Promise<void> {
    const queuedAt = performance.now();
    let result: BuildResult;
    try {
      result = await this.#execute(request, job.context, {
        signal: job.controller.signal,
        started: () => {
          if (job.state.status !== "queued") return;
          this.#update(job, { status: "running", progress: { ...PROGRESS.running, fraction: job.progressed ?? PROGRESS.running.fraction }, timings: { ...job.state.timings, startedAt: this.#iso(this.#options.now()), queueMs: Math.round(performance.now() - queuedAt) } });
        },
        progressed: (fraction) => {
          if (isFinalStatus(job.state.status)) return;
          job.progressed = Math.min(1, Math.max(0, fraction));
          if (job.state.status === "running") this.#update(job, { progress: { ...PROGRESS.running, fraction: job.progressed } });
        },
      });
    } catch {
      result = { ok: false, error: { code: "INTERNAL", message: "the build failed because of an internal error" }, computeMs: 0 };
    }
    // A cancelled job stays cancelled, whatever its build answered meanwhile.
    if (isFinalStatus(job.state.status)) return;
    if (result.ok) {
      job.result = result;
      this.#finish(job, "done", { cache: result.cache, timings: { buildMs: Math.round(result.buildMs), ...(result.timings !== undefined ? { phases: result.timings } : {}) } });
    } else {
      this.#finish(job, result.error.code === "CANCELLED" ? "cancelled" : "failed", result.error.code === "CANCELLED" ? {} : { error: result.error });
    }
  }

  #finish(job: Job<Context>, status: Extract<JobStatus, "done" | "failed" | "cancelled">, extra: Pick<JobState, "error" | "cache"> & { timings?: Partial<JobState["timings"]> }): void {
    const now = this.#options.now();
    job.finishedAt = now;
    const { timings, ...rest } = extra;
    this.#update(job, {
      status,
      progress: PROGRESS.final,
      ...rest,
      timings: { ...job.state.timings, ...timings, finishedAt: this.#iso(now), expiresAt: this.#iso(now + this.#options.retentionMs) },
    });
    job.listeners.clear();
  }

  #update(job: Job<Context>, change: Partial<JobState>): void {
    job.state = { ...job.state, ...change };
    for (const listener of job.listeners) listener(job.state);
  }

  #owned(id: string, owner: string): Job<Context> | undefined {
    const job = this.#jobs.get(id);
    if (job === undefined || job.owner !== owner) return undefined;
    if (this.#expired(job)) {
      this.#jobs.delete(id);
      return undefined;
    }
    return job;
  }

  #expired(job: Job<Context>): boolean {
    return job.finishedAt !== undefined && this.#options.now() >= job.finishedAt + this.#options.retentionMs;
  }

  #sweep(): void {
    for (const [id, job] of this.#jobs) if (this.#expired(job)) this.#jobs.delete(id);
  }

  #iso(ms: number): string {
    return new Date(ms).toISOString();
  }
}
