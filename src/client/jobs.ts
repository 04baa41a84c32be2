/** Asynchronous builds (POST /api/jobs) and batches (POST /api/batches) as typed values. */
import { sharedRequestFields, type BuildOptions } from "./build.ts";
import type { JsonAnswer, JsonRequest } from "./operations.ts";

export type Job = JsonAnswer<"getJob", 200>;
export type JobAccepted = JsonAnswer<"submitJob", 202>;
export type BatchAccepted = JsonAnswer<"submitBatch", 202>;
export type JobStatus = Job["status"];

/** The states a job does not leave. */
export const FINAL_JOB_STATUSES: readonly JobStatus[] = ["done", "failed", "cancelled"];

/** One configuration of a batch: a preset applied first, then values. */
export interface BatchConfiguration {
  preset?: string;
  params?: Record<string, string | number | boolean>;
}

/** What a batch builds: one model or script and type for every configuration (1 to the service's limit). */
export type BatchOptions = Omit<BuildOptions, "preset" | "params" | "ifNoneMatch"> & { configurations: BatchConfiguration[] };

/** How `jobs.wait` polls. */
export interface WaitOptions {
  /** Milliseconds between polls (default 500, at least 50). */
  pollMs?: number;
  /** Give up after this many milliseconds with a `JobWaitTimeoutError` (default: wait for ever, or until `signal`). */
  timeoutMs?: number;
  /** Called with each state seen, e.g. to show progress. */
  onState?: (job: Job) => void;
  signal?: AbortSignal;
}

/** `jobs.wait` gave up before the job reached a final state; `job` is the last state seen. */
export class JobWaitTimeoutError extends Error {
  readonly job: Job;
  constructor(job: Job, timeoutMs: number) {
    super(`job ${job.id} is still ${job.status} after ${timeoutMs} ms: wait longer, or cancel it (jobs.cancel)`);
    this.name = "JobWaitTimeoutError";
    this.job = job;
  }
}

/** The JSON body of POST /api/batches for `options`. */
export function batchRequestBody(options: BatchOptions): JsonRequest<"submitBatch"> {
  return { ...sharedRequestFields(options), configurations: options.configurations };
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
