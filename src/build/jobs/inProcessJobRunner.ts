/**
 * The embedded mode's job runner: jobs live in this process's memory (a restart forgets them),
 * each runs as soon as it is submitted on its submission's `execute` (the pool's fair queue decides when
 * a slot takes it), and a finished job with its file is kept for `retentionMs`, then forgotten.
 */
import { randomBytes } from "node:crypto";
import type { BuildResult, BuildSuccess } from "../result.ts";
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
  type JobStatus,
  type JobSubmission,
} from "./jobRunner.ts";

export interface InProcessJobRunnerOptions extends JobRunnerLimits {
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

export class InProcessJobRunner<Context> implements JobRunner<Context> {
  readonly #options: Required<InProcessJobRunnerOptions>;
  readonly #jobs = new Map<string, Job<Context>>();
  readonly #sweeper: NodeJS.Timeout;

  constructor(options: InProcessJobRunnerOptions) {
    this.#options = { now: Date.now, ...options };
    // Expired jobs are also dropped when looked up; the sweep bounds memory when nobody looks.
    this.#sweeper = setInterval(() => this.#sweep(), Math.max(1000, Math.min(60_000, options.retentionMs)));
    this.#sweeper.unref();
  }

  async submit(submission: JobSubmission<Context>): Promise<JobState> {
    this.#sweep();
    const unfinished = [...this.#jobs.values()].filter((job) => job.owner === submission.owner && !isFinalStatus(job.state.status)).length;
    if (unfinished >= this.#options.maxUnfinishedPerOwner) throw jobLimitError(unfinished, this.#options.maxUnfinishedPerOwner);
    const id = `job_${randomBytes(12).toString("base64url")}`;
    const job: Job<Context> = {
      owner: submission.owner,
      state: { id, status: "queued", progress: JOB_PROGRESS.queued, timings: { createdAt: this.#iso(this.#options.now()) } },
      context: submission.context,
      controller: new AbortController(),
      listeners: new Set(),
      settled: Promise.resolve(),
    };
    this.#jobs.set(id, job);
    job.settled = this.#run(job, submission.execute);
    return job.state;
  }

  async get(id: string, owner: string): Promise<JobRecord<Context> | undefined> {
    const job = this.#owned(id, owner);
    if (job === undefined) return undefined;
    return { state: job.state, context: job.context, ...(job.result !== undefined ? { result: job.result } : {}) };
  }

  async state(id: string, owner: string): Promise<JobState | undefined> {
    return this.#owned(id, owner)?.state;
  }

  async subscribe(id: string, owner: string, listener: (state: JobState) => void): Promise<(() => void) | undefined> {
    const job = this.#owned(id, owner);
    if (job === undefined) return undefined;
    // The current state too: it may have changed since the caller looked.
    if (!isFinalStatus(job.state.status)) job.listeners.add(listener);
    listener(job.state);
    return () => {
      job.listeners.delete(listener);
    };
  }

  async cancel(id: string, owner: string): Promise<JobState | undefined> {
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

  async #run(job: Job<Context>, execute: JobSubmission<Context>["execute"]): Promise<void> {
    const queuedAt = performance.now();
    let result: BuildResult;
    try {
      result = await execute({
        signal: job.controller.signal,
        started: () => {
          if (job.state.status !== "queued") return;
          this.#update(job, { status: "running", progress: runningProgress(job.progressed), timings: { ...job.state.timings, startedAt: this.#iso(this.#options.now()), queueMs: Math.round(performance.now() - queuedAt) } });
        },
        progressed: (fraction) => {
          if (isFinalStatus(job.state.status)) return;
          job.progressed = fraction;
          if (job.state.status === "running") this.#update(job, { progress: runningProgress(fraction) });
        },
      });
    } catch {
      result = { ok: false, error: INTERNAL_JOB_ERROR, computeMs: 0 };
    }
    // A cancelled job stays cancelled, whatever its build answered meanwhile.
    if (isFinalStatus(job.state.status)) return;
    if (result.ok) job.result = result;
    const { status, ...extra } = finalChange(result);
    this.#finish(job, status, extra);
  }

  #finish(job: Job<Context>, status: Extract<JobStatus, "done" | "failed" | "cancelled">, extra: Pick<JobState, "error" | "cache"> & { timings?: Partial<JobState["timings"]> }): void {
    const now = this.#options.now();
    job.finishedAt = now;
    const { timings, ...rest } = extra;
    this.#update(job, {
      status,
      progress: JOB_PROGRESS.final,
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
