/**
 * A build backend: how the service gets builds and descriptions done. In production that is the
 * sandboxed pool; `InProcessBackend` runs scripts in this process, unconfined, for tests and tools.
 */
import { describe } from "../modelscript/index.ts";
import { isPartforgeError, type ErrorData } from "../shared/errors.ts";
import { buildModel, loadScript } from "./buildModel.ts";
import type { PoolHealth } from "./pool/types.ts";
import { thenStarted, type BeforeRun, type BuildRequest, type DescribeRequest } from "./request.ts";
import { cancelledError, type BuildResult, type DescribeResult } from "./result.ts";

export interface BuildBackend {
  /**
   * Never throws: every failure is `{ ok: false, error }`. `signal` cancels the build (it then
   * answers CANCELLED); a backend that cannot stop a running build checks it before it starts.
   * `started` is called once when a build slot starts the build (not for a cache hit, a refusal,
   * or a build cancelled while it waited): what turns an asynchronous job `running`.
   */
  build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, started?: () => void): Promise<BuildResult>;
  describe(request: DescribeRequest, beforeRun?: BeforeRun): Promise<DescribeResult>;
  health(): Record<string, unknown>;
  /** The pool's state, typed, for metrics; absent for a backend without a pool. */
  poolHealth?(): PoolHealth;
  close(): Promise<void>;
}

/**
 * Whether a backend can take a build, from its `health()`: open, not reporting a problem of its own
 * (`notReady`, e.g. its queue's Redis not answering) and, if it has slots, at least one of them
 * idle or busy (slots that are all starting, retiring or gone take nothing). The service node's
 * `/health` and a worker's `--health-port` answer from it alike.
 */
export function backendReady(details: Record<string, unknown>): boolean {
  return notReadyReason(details) === undefined;
}

/** Why a backend cannot take a build, from its `health()` (the reason a 503 readiness answer gives); undefined when it can. */
export function notReadyReason(details: Record<string, unknown>): string | undefined {
  if (typeof details.notReady === "string") return details.notReady;
  if (details.closed === true) return "the build backend is closed (shutting down)";
  const slots = details.slots;
  if (!Array.isArray(slots)) return undefined;
  const usable = slots.some((slot: unknown) => {
    const state = (slot as { state?: unknown } | null)?.state;
    return state === "idle" || state === "busy";
  });
  return usable ? undefined : "no build slot can take a build (every slot is starting, retiring or gone)";
}

function asErrorData(error: unknown): ErrorData {
  if (isPartforgeError(error)) return error.toData();
  return { code: "INTERNAL", message: "the build failed unexpectedly" };
}

/** Runs builds in this process with no confinement. Never give it scripts you did not write. */
export class InProcessBackend implements BuildBackend {
  #builds = 0;

  /** Runs in this thread, so `signal` is only checked before the build starts. */
  async build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, onStarted?: () => void): Promise<BuildResult> {
    if (signal?.aborted === true) return { ok: false, error: cancelledError(), computeMs: 0 };
    const refusal = thenStarted(beforeRun, onStarted)?.();
    if (refusal !== undefined) return { ok: false, error: refusal, computeMs: 0 };
    const started = performance.now();
    try {
      const result = await buildModel(request);
      this.#builds += 1;
      return result;
    } catch (error) {
      return { ok: false, error: asErrorData(error), computeMs: performance.now() - started };
    }
  }

  async describe(request: DescribeRequest, beforeRun?: BeforeRun): Promise<DescribeResult> {
    const refusal = beforeRun?.();
    if (refusal !== undefined) return { ok: false, error: refusal, computeMs: 0 };
    const started = performance.now();
    try {
      const description = describe(await loadScript(request.source, request.language));
      return { ok: true, description, computeMs: performance.now() - started };
    } catch (error) {
      return { ok: false, error: asErrorData(error), computeMs: performance.now() - started };
    }
  }

  health(): Record<string, unknown> {
    return { kind: "in-process", confined: false, builds: this.#builds };
  }

  async close(): Promise<void> {}
}
