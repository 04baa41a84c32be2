/** The production build backend: the sandboxed pool (with its cache) behind the `BuildBackend` interface. */
import type { BuildBackend } from "./backend.ts";
import type { BuildPool, PoolHealth } from "./pool/index.ts";
import type { BeforeRun, BuildRequest, DescribeRequest } from "./request.ts";
import type { BuildResult, DescribeResult } from "./result.ts";

export class PoolBackend implements BuildBackend {
  readonly #pool: BuildPool;

  constructor(pool: BuildPool) {
    this.#pool = pool;
  }

  build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, started?: () => void): Promise<BuildResult> {
    return this.#pool.build(request, beforeRun, signal, started);
  }

  describe(request: DescribeRequest, beforeRun?: BeforeRun): Promise<DescribeResult> {
    return this.#pool.describe(request, beforeRun);
  }

  health(): Record<string, unknown> {
    return this.#pool.health() as unknown as Record<string, unknown>;
  }

  poolHealth(): PoolHealth {
    return this.#pool.health();
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
