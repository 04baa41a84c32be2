/**
 * Helpers for the `/api/jobs` tests: a backend whose builds wait at a gate the test opens (so a
 * job is seen queued or running without timing), and a poll for a job's final state.
 */
import type { FastifyInstance } from "fastify";
import { InProcessBackend, thenStarted, type BeforeRun, type BuildBackend, type BuildRequest, type BuildResult, type DescribeRequest, type DescribeResult } from "../../src/build/index.ts";

/** Scripts with this comment wait at the gate after a slot took them (`running`). */
export const GATE_RUNNING = "// gate: running";
/** Scripts with this comment wait at the gate before a slot takes them (`queued`). */
export const GATE_QUEUED = "// gate: queued";

/** The in-process backend, holding gated builds until `open()` (or their cancel). */
export class GatedBackend implements BuildBackend {
  readonly #inner = new InProcessBackend();
  readonly #waiting: Array<() => void> = [];
  /** Every build request it was given, in order. */
  readonly requests: BuildRequest[] = [];

  /** How many builds wait at the gate now. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Lets every waiting build go on. */
  open(): void {
    for (const release of this.#waiting.splice(0)) release();
  }

  async build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, started?: () => void): Promise<BuildResult> {
    this.requests.push(request);
    if (request.source.includes(GATE_QUEUED)) await this.#gate(signal);
    const refusal = thenStarted(beforeRun, started)?.();
    if (refusal !== undefined) return { ok: false, error: refusal, computeMs: 0 };
    if (request.source.includes(GATE_RUNNING)) await this.#gate(signal);
    return this.#inner.build(request, undefined, signal);
  }

  describe(request: DescribeRequest, beforeRun?: BeforeRun): Promise<DescribeResult> {
    return this.#inner.describe(request, beforeRun);
  }

  health(): Record<string, unknown> {
    return { kind: "gated" };
  }

  async close(): Promise<void> {}

  #gate(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#waiting.push(resolve);
      signal?.addEventListener(
        "abort",
        () => {
          this.#waiting.splice(this.#waiting.indexOf(resolve) >>> 0, 1);
          resolve();
        },
        { once: true },
      );
    });
  }
}

/** Waits until `check` holds, polling; the test's own time-out bounds it. */
export async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Polls `GET /api/jobs/{id}` until the job is in a final state; returns that state. */
export async function finalState(app: FastifyInstance, id: string, key: string): Promise<Record<string, unknown>> {
  for (;;) {
    const response = await app.inject({ method: "GET", url: `/api/jobs/${id}`, headers: { "x-api-key": key } });
    if (response.statusCode !== 200) throw new Error(`GET /api/jobs/${id} answered ${response.statusCode}: ${response.body}`);
    const state = response.json() as Record<string, unknown>;
    if (["done", "failed", "cancelled"].includes(String(state.status))) return state;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
