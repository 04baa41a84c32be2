/** A build backend that records every build and describe run it passes on in the service's metrics. */
import type { BackendBuildRequest, BackendBuildResult, BuildBackend, DescribeResult } from "../deps.ts";
import type { PoolHealth } from "../../build/index.ts";
import type { ScriptLanguage } from "../../modelscript/index.ts";
import type { ErrorData } from "../../shared/errors.ts";
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

  async build(request: BackendBuildRequest): Promise<BackendBuildResult> {
    const started = performance.now();
    const result = await this.#backend.build(request);
    this.#metrics.observeBuild(request.format, result, (performance.now() - started) / 1000);
    return result;
  }

  async describe(source: string, language: ScriptLanguage, tenant: string, beforeRun?: () => ErrorData | undefined): Promise<DescribeResult> {
    const started = performance.now();
    const result = await this.#backend.describe(source, language, tenant, beforeRun);
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
