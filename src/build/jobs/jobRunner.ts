/**
 * Asynchronous builds (issue 14 points 4 and 5): a job is one `BuildRequest`, or a batch of them
 * (`BatchRequest`, whose file is a ZIP), run in the background for one owner (an account), whose
 * state a client polls or watches and whose file it fetches later.
 * `JobRunner` is the contract; `InProcessJobRunner` keeps jobs in this process's memory (the
 * embedded mode), `RedisJobRunner` keeps them in Redis, where every service node of a queue
 * deployment reads them. Either way the build itself runs on the node that accepted the job,
 * through the `execute` its submission brings (with a queue backend: on a build worker).
 */
import { PartforgeError, type ErrorData } from "../../shared/errors.ts";
import type { BuildResult, BuildSuccess, CacheState, PhaseTimings } from "../result.ts";

/** A job's life: waiting for a slot, building, then one final state. */
export const JOB_STATUSES = ["queued", "running", "done", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** States a job never leaves. */
export function isFinalStatus(status: JobStatus): boolean {
  return status === "done" || status === "failed" || status === "cancelled";
}

/** Where a job is: its phase and a rough fraction of the way (0 queued, 0.5 building, 1 final). */
export interface JobProgress {
  phase: "waiting for a build slot" | "building" | "finished";
  fraction: number;
}

/** When things happened (ISO 8601) and how long they took (milliseconds). */
export interface JobTimings {
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** When the job and its result are forgotten (404 after): `finishedAt` plus the runner's retention. */
  expiresAt?: string;
  /** Waiting for a slot. */
  queueMs?: number;
  /** The build's wall time, as `X-Build-Ms`. */
  buildMs?: number;
  /** Where the build's time went (absent for a cache hit). */
  phases?: PhaseTimings;
}

/** What a client may see of a job. Plain JSON. */
export interface JobState {
  id: string;
  status: JobStatus;
  progress: JobProgress;
  timings: JobTimings;
  /** `failed`: the problem `/build` would have answered. */
  error?: ErrorData;
  /** `done`: whether the file came from the cache. */
  cache?: CacheState;
}

/** What a running job may tell its runner, and how the runner stops it. */
export interface JobHooks {
  /** Aborts when the job is cancelled (or the runner closes). */
  signal: AbortSignal;
  /** Call when a slot takes the build (the job becomes `running`); later calls change nothing. */
  started(): void;
  /** Call as a job of several builds (a batch) advances: `fraction` of it (0 to 1) is done. */
  progressed(fraction: number): void;
}

/** One job to run: whose it is, how to build it, and the caller's own data kept beside it. */
export interface JobSubmission<Context> {
  /** Only this owner sees the job (an account id). */
  owner: string;
  /** Runs the job's build; a thrown error fails the job as INTERNAL. */
  execute(hooks: JobHooks): Promise<BuildResult>;
  /**
   * Opaque to the runner (e.g. who to charge for a download); handed back by `get`. Plain JSON:
   * a runner may keep it outside this process.
   */
  context: Context;
}

/** A job as its owner gets it back: the state, the submitted context and, once done, the file. */
export interface JobRecord<Context> {
  state: JobState;
  context: Context;
  result?: BuildSuccess;
}

export interface JobRunner<Context> {
  /**
   * Accepts a job and starts it; answers at once with its first state (`queued`).
   * @throws PartforgeError JOB_LIMIT when the owner already has its maximum of unfinished jobs,
   *   BUSY when the runner's store cannot be reached.
   */
  submit(submission: JobSubmission<Context>): Promise<JobState>;
  /** The owner's job, with its file once done; undefined for an unknown or expired job, or another owner's. */
  get(id: string, owner: string): Promise<JobRecord<Context> | undefined>;
  /** The owner's job's state alone (what a status poll needs: no file); undefined when `get` would be. */
  state(id: string, owner: string): Promise<JobState | undefined>;
  /**
   * Calls `listener` with the new states of the owner's job until it is final (it may also repeat
   * the current one: a listener ignores a state it has seen); the returned function stops it.
   * Undefined when `get` would be.
   */
  subscribe(id: string, owner: string, listener: (state: JobState) => void): Promise<(() => void) | undefined>;
  /**
   * Cancels the owner's unfinished job (a running build is stopped, wherever it runs) and answers
   * its state; a finished job is left as it is. Undefined when `get` would be.
   */
  cancel(id: string, owner: string): Promise<JobState | undefined>;
  /** Stops this runner: the builds it runs are stopped (see each runner for what their jobs become). */
  close(): Promise<void>;
}

/** The options both runners take. */
export interface JobRunnerLimits {
  /** How long a finished job and its file are kept, ms. */
  retentionMs: number;
  /** Unfinished (queued or running) jobs one owner may have at once. */
  maxUnfinishedPerOwner: number;
}

/** Where a job is in its phases: a rough fraction of the way. */
export const JOB_PROGRESS = {
  queued: { phase: "waiting for a build slot", fraction: 0 },
  running: { phase: "building", fraction: 0.5 },
  final: { phase: "finished", fraction: 1 },
} as const satisfies Record<string, JobProgress>;

/** The refusal of a job past the owner's limit of unfinished jobs. */
export function jobLimitError(unfinished: number, max: number): PartforgeError {
  return new PartforgeError(
    "JOB_LIMIT",
    `this account already has ${unfinished} jobs queued or running, the most it may have at once (${max}): wait for one to finish or cancel one (DELETE /api/jobs/{id})`,
    { details: { maxUnfinishedJobs: max, retryAfterSeconds: 5 } },
  );
}

/** A running job's progress after a batch reported `fraction` of it done. */
export function runningProgress(fraction: number | undefined): JobProgress {
  return { ...JOB_PROGRESS.running, fraction: fraction === undefined ? JOB_PROGRESS.running.fraction : Math.min(1, Math.max(0, fraction)) };
}

/** The change a finished build makes to its job's state (`done` with its cache and timings, else `failed` or `cancelled`). */
export function finalChange(result: BuildResult): { status: Extract<JobStatus, "done" | "failed" | "cancelled">; error?: ErrorData; cache?: CacheState; timings?: Partial<JobTimings> } {
  if (result.ok) return { status: "done", cache: result.cache, timings: { buildMs: Math.round(result.buildMs), ...(result.timings !== undefined ? { phases: result.timings } : {}) } };
  if (result.error.code === "CANCELLED") return { status: "cancelled" };
  return { status: "failed", error: result.error };
}

/** The error a job gets when its build threw. */
export const INTERNAL_JOB_ERROR: ErrorData = { code: "INTERNAL", message: "the build failed because of an internal error" };
