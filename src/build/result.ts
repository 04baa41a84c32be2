/**
 * The build result: the one answer to a `BuildRequest`, from the in-process builder, the pool or
 * a queue alike. Never a thrown object: a failure is `{ ok: false, error }`, the error as data
 * (code, message, param, line…) that the HTTP layer answers as a problem document.
 */
import type { ModelDescription, ParamValue } from "../modelscript/index.ts";
import type { ErrorData } from "../shared/errors.ts";
import type { OutputType } from "./request.ts";

/** `hit`: served from the cache without a build; `miss`: built and kept; `off`: built, no cache. */
export type CacheState = "hit" | "miss" | "off";

/** Wall times of a build's phases, in milliseconds, and the CPU time of the whole build and of its export. */
export interface PhaseTimings {
  loadMs: number;
  buildMs: number;
  exportMs: number;
  /** Process CPU time of the whole build (in a slot: the whole job, from loading the script to the kernel half's end). */
  cpuMs: number;
  /** Process CPU time of the export phase alone (`PipelineTimings.exportCpuMs`). */
  exportCpuMs: number;
  /** Kernel operations the slot's operation memo answered (reused from this account's earlier builds in that slot); absent without a memo. */
  reusedOperations?: number;
}

/** What every answer says about its cost, in milliseconds. */
export interface BuildCost {
  /**
   * Compute to charge this caller: the slot's time on the job, plus a replacement slot's warm-up
   * when the job retired its slot (a time limit, a crash); 0 for a cache hit, a coalesced caller,
   * or a request refused before any slot ran.
   */
  computeMs: number;
  /** How long it waited in the queue for a slot; absent when it never joined the queue (a cache hit, a refusal, no queue). */
  queueMs?: number;
}

export interface BuildSuccess extends BuildCost {
  ok: true;
  /** The file. Shared with the cache and with coalesced callers: do not modify. */
  bytes: Uint8Array;
  type: OutputType;
  mediaType: string;
  /** `<model name>.<ext>` for `Content-Disposition`. */
  fileName: string;
  description: ModelDescription;
  /** Every parameter's value as the build used it. */
  values: Record<string, ParamValue>;
  /**
   * Content key of engine + script + resolved values + type + export options: same key ⇔
   * byte-identical bytes. The ETag, and the file's address in a content-addressed cache.
   */
  contentKey: string;
  cache: CacheState;
  /** Wall time of this call, in milliseconds (`X-Build-Ms`). */
  buildMs: number;
  /** Where the build's time went; absent for a cache hit. */
  timings?: PhaseTimings;
}

export interface BuildFailure extends BuildCost {
  ok: false;
  error: ErrorData;
}

export type BuildResult = BuildSuccess | BuildFailure;

export type DescribeResult = ({ ok: true; description: ModelDescription } & BuildCost) | BuildFailure;

/** `cost` without an absent `queueMs` (optional properties stay absent, not undefined). */
export function costOf(computeMs: number, queueMs: number | undefined): BuildCost {
  return queueMs === undefined ? { computeMs } : { computeMs, queueMs };
}

/** The answer to a build its caller cancelled (an `AbortSignal` beside the request). */
export function cancelledError(): ErrorData {
  return { code: "CANCELLED", message: "the build was cancelled by its caller" };
}
