/**
 * Asynchronous builds (issue 14 points 4 and 5): a job is one `BuildRequest`, or a batch of them
 * (`BatchRequest`), run in the background for one owner (an account), whose state a client polls
 * or watches and whose file (a batch's ZIP) it fetches later.
 * `JobRunner` is the contract; `InProcessJobRunner` keeps jobs in this process's memory on top of
 * a build backend (the embedded mode), and a queue-backed runner can take its place.
 */
import type { ErrorData } from "../../shared/errors.ts";
import type { BuildSuccess, CacheState, PhaseTimings } from "../result.ts";
import type { JobRequest } from "./jobRequest.ts";

/** A job's life: waiting for a slot, building, then one final state. */
export const JOB_STATUSES = ["queued", "running", "done", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** States a job never leaves. */
export function isFinalStatus(status: JobStatus): boolean {
  return status === "done" || status === "failed" || status === "cancelled";
}

/** Where a job is: its phase and a rough fraction of the way (0 queued, 0.5 building, 1 final; a batch: configurations done / total). */
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

/** One job to run: whose it is, what to build, and the caller's own data kept beside it. */
export interface JobSubmission<Context> {
  /** Only this owner sees the job (an account id). */
  owner: string;
  request: JobRequest;
  /** Opaque to the runner (e.g. who to charge for a download); handed back by `get`. */
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
   * @throws PartforgeError JOB_LIMIT when the owner already has its maximum of unfinished jobs.
   */
  submit(submission: JobSubmission<Context>): JobState;
  /** The owner's job; undefined for an unknown or expired job, or another owner's. */
  get(id: string, owner: string): JobRecord<Context> | undefined;
  /**
   * Calls `listener` with each new state of the owner's job (not the current one) until it is
   * final; the returned function stops it. Undefined when `get` would be.
   */
  subscribe(id: string, owner: string, listener: (state: JobState) => void): (() => void) | undefined;
  /**
   * Cancels the owner's unfinished job (a running build is stopped) and answers its state; a
   * finished job is left as it is. Undefined when `get` would be.
   */
  cancel(id: string, owner: string): JobState | undefined;
  /** Cancels every unfinished job and forgets all of them. */
  close(): Promise<void>;
}
