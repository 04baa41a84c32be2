/** A build backend that records every build and describe run it passes on in the service's metrics. */
import type { BuildBackend } from "../deps.ts";
import type { BeforeRun, BuildRequest, BuildResult, DescribeRequest, DescribeResult, PoolHealth } from "../../build/index.ts";
import type { ServiceMetrics } from "./serviceMetrics.ts";

export class MeteredBackend implements BuildBackend {
  readonly #backend: BuildBackend;
  readonly #metrics: ServiceMetrics;
  readonly poolHealth?: () => PoolHealth;

  constructor(backend: BuildBackend, metrics: ServiceMetrics) {
    this.#backend = backend;
    this.#metrics = metrics;
    if (backend.poolHealth !== undefined) this.poolHealth = () => backend.poolHealth!();
  }

  async build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, onStarted?: () => void): Promise<BuildResult> {
    const started = performance.now();
    const result = await this.#backend.build(request, beforeRun, signal, onStarted);
    this.#metrics.observeBuild(request.type, result, (performance.now() - started) / 1000);
    return result;
  }

  async describe(request: DescribeRequest, beforeRun?: BeforeRun): Promise<DescribeResult> {
    const started = performance.now();
    const result = await this.#backend.describe(request, beforeRun);
    this.#metrics.observeDescribe(result, (performance.now() - started) / 1000);
    return result;
  }

  health(): Record<string, unknown> {
    return this.#backend.health();
  }

  close(): Promise<void> {
    return this.#backend.close();
  }
}
