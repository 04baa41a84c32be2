/**
 * What crosses the build queue between service nodes and build workers: a job's data (the build
 * vocabulary's request, as JSON) and its return value (the build result, with the file's bytes
 * inline as base64). Shared by `queueBackend.ts` (the producer) and `worker.ts` (the consumer).
 *
 * The bytes travel inline, bounded by `maxResultBytes` (default `DEFAULT_MAX_RESULT_BYTES`): a
 * result is written once into the job's Redis hash and read once by the node that waits for it,
 * and is removed with the job (`JOB_RETENTION_SECONDS`). A larger file fails as data with
 * MESH_LIMIT rather than filling Redis. With a shared cache tier (`--cache`) the worker's pool
 * also keeps the file there, so the next identical request anywhere is a cache hit.
 */
import type { ErrorData } from "../../shared/errors.ts";
import type { BuildRequest, DescribeRequest } from "../request.ts";
import type { BuildResult, DescribeResult } from "../result.ts";

/** The BullMQ queue's name (one queue per deployment; `--queue-name` is not offered on purpose). */
export const QUEUE_NAME = "partforge-builds";
/** Key prefix of everything partforge keeps in the queue's Redis (BullMQ's own keys included). */
export const DEFAULT_QUEUE_PREFIX = "partforge";
/** The largest file that crosses the queue inline (32 MiB; base64 makes it ~43 MiB in Redis). */
export const DEFAULT_MAX_RESULT_BYTES = 32 * 1024 * 1024;
/** How long a finished job (and its result) stays in Redis. */
export const JOB_RETENTION_SECONDS = 3600;
/** Attempts of a job whose worker died or stalled (a build failure is a result, never retried). */
export const JOB_ATTEMPTS = 3;

export type QueueJob = { kind: "build"; request: BuildRequest } | { kind: "describe"; request: DescribeRequest };

/** The job's data: the request and its fairness tag (see `fairness.ts`). */
export type QueueJobData = QueueJob & { tag: number };

/** A build result as JSON: `bytes` as base64. */
export type WireBuildResult = (Omit<Extract<BuildResult, { ok: true }>, "bytes"> & { bytesBase64: string }) | Extract<BuildResult, { ok: false }>;

export type WireResult = { kind: "build"; result: WireBuildResult } | { kind: "describe"; result: DescribeResult };

/** Progress a worker reports on a job (BullMQ progress events). */
export interface QueueProgress {
  state: "running";
  /** The worker that runs it (`host:pid`). */
  worker: string;
  /** Which attempt this is (1 for the first). */
  attempt: number;
}

export function encodeBuildResult(result: BuildResult, maxResultBytes: number): WireBuildResult {
  if (!result.ok) return result;
  if (result.bytes.length > maxResultBytes) {
    const error: ErrorData = {
      code: "MESH_LIMIT",
      message: `the file is ${result.bytes.length} bytes, more than the ${maxResultBytes} bytes a build may return through the queue; lower the detail (tolerance) or choose a smaller part`,
    };
    return { ok: false, error, computeMs: result.computeMs, ...(result.queueMs !== undefined ? { queueMs: result.queueMs } : {}) };
  }
  const { bytes, ...rest } = result;
  return { ...rest, bytesBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64") };
}

export function decodeBuildResult(wire: WireBuildResult): BuildResult {
  if (!wire.ok) return wire;
  const { bytesBase64, ...rest } = wire;
  return { ...rest, bytes: new Uint8Array(Buffer.from(bytesBase64, "base64")) };
}
