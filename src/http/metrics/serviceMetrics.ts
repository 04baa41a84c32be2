/**
 * The service's Prometheus metrics, served by `GET /metrics`. Each app has its own prom-client
 * registry (never prom-client's global one), so several servers in one process — the tests —
 * never add to each other's counters. Request-driven series are recorded as things happen;
 * the pool's state is read when the registry is scraped (see poolMetrics.ts).
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { BuildResult, DescribeResult } from "../../build/index.ts";
import type { BuildBackend } from "../deps.ts";
import { registerPoolMetrics } from "./poolMetrics.ts";

/** Seconds: from a cache hit (well under a millisecond) to a build at its time limit. */
const DURATION_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
/** Seconds waited for a slot: none on an idle pool, up to several time limits on a busy one. */
const QUEUE_WAIT_BUCKETS_S = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** A build's `outcome` label: `built`, `cached` (answered from the cache), or the error code. */
export function buildOutcome(result: BuildResult): string {
  if (!result.ok) return result.error.code;
  return result.cache === "hit" ? "cached" : "built";
}

export class ServiceMetrics {
  readonly registry = new Registry();
  readonly #buildSeconds: Histogram<"type" | "outcome">;
  readonly #describeSeconds: Histogram<"outcome">;
  readonly #queueWaitSeconds: Histogram<"kind">;
  readonly #computeSeconds: Counter<"kind">;
  readonly #downloadsCharged: Counter<"type">;
  readonly #responses: Counter<"method" | "route" | "status">;
  readonly #problems: Counter<"status" | "code">;

  /** Metrics of a service whose builds go to `backend` (its pool, when it has one, is read at each scrape). */
  constructor(backend: Pick<BuildBackend, "poolHealth">) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.#buildSeconds = new Histogram({
      name: "partforge_build_duration_seconds",
      help: "Wall time of builds (queue wait included) by output type and outcome: built, cached, or the error code",
      labelNames: ["type", "outcome"],
      buckets: DURATION_BUCKETS_S,
      registers,
    });
    this.#describeSeconds = new Histogram({
      name: "partforge_describe_duration_seconds",
      help: "Wall time of describe runs (a model's save) by outcome: described, or the error code",
      labelNames: ["outcome"],
      buckets: DURATION_BUCKETS_S,
      registers,
    });
    this.#queueWaitSeconds = new Histogram({
      name: "partforge_queue_wait_seconds",
      help: "Time a build or describe run waited in the pool's queue for a slot",
      labelNames: ["kind"],
      buckets: QUEUE_WAIT_BUCKETS_S,
      registers,
    });
    this.#computeSeconds = new Counter({
      name: "partforge_compute_charged_seconds_total",
      help: "Slot time charged to callers' compute budgets, by run kind (build, describe)",
      labelNames: ["kind"],
      registers,
    });
    this.#downloadsCharged = new Counter({
      name: "partforge_downloads_charged_total",
      help: "Downloads charged to accounts (one per 200 from /build), by output type",
      labelNames: ["type"],
      registers,
    });
    this.#responses = new Counter({
      name: "partforge_http_responses_total",
      help: "HTTP responses by method, route pattern (unmatched for unknown paths) and status",
      labelNames: ["method", "route", "status"],
      registers,
    });
    this.#problems = new Counter({
      name: "partforge_http_problems_total",
      help: "Problem (error) responses by status and error code, e.g. 429 RATE_LIMITED, 503 BUSY, 504 TIMEOUT",
      labelNames: ["status", "code"],
      registers,
    });
    if (backend.poolHealth !== undefined) registerPoolMetrics(this.registry, () => backend.poolHealth!());
  }

  /** A build the backend answered after `seconds` of wall time. */
  observeBuild(type: string, result: BuildResult, seconds: number): void {
    this.#buildSeconds.observe({ type, outcome: buildOutcome(result) }, seconds);
    this.#observeRun("build", result);
  }

  /** A describe run the backend answered after `seconds` of wall time. */
  observeDescribe(result: DescribeResult, seconds: number): void {
    this.#describeSeconds.observe({ outcome: result.ok ? "described" : result.error.code }, seconds);
    this.#observeRun("describe", result);
  }

  countDownloadCharged(type: string): void {
    this.#downloadsCharged.inc({ type });
  }

  countResponse(method: string, route: string, status: number): void {
    this.#responses.inc({ method, route, status: String(status) });
  }

  countProblem(status: number, code: string): void {
    this.#problems.inc({ status: String(status), code });
  }

  /** The text exposition format, and its media type. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  #observeRun(kind: "build" | "describe", result: { computeMs: number; queueMs?: number }): void {
    if (result.queueMs !== undefined) this.#queueWaitSeconds.observe({ kind }, result.queueMs / 1000);
    if (result.computeMs > 0) this.#computeSeconds.inc({ kind }, result.computeMs / 1000);
  }
}
