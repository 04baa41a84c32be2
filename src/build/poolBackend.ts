/** The production build backend: the sandboxed pool (with its cache) behind the `BuildBackend` interface. */
import type { BackendBuildRequest, BackendBuildResult, BuildBackend, DescribeResult } from "./backend.ts";
import type { BuildPool, PoolHealth } from "./pool/index.ts";
import type { ScriptLanguage } from "../modelscript/index.ts";
import type { ErrorData } from "../shared/errors.ts";

export class PoolBackend implements BuildBackend {
  readonly #pool: BuildPool;

  constructor(pool: BuildPool) {
    this.#pool = pool;
  }

  async build(request: BackendBuildRequest): Promise<BackendBuildResult> {
    const result = await this.#pool.build(
      {
        source: request.source,
        language: request.language,
        type: request.format,
        values: request.values,
        options: request.options,
        ...(request.preset !== undefined ? { preset: request.preset } : {}),
      },
      {
        tenant: request.tenant,
        ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
        ...(request.beforeRun === undefined ? {} : { beforeRun: request.beforeRun }),
      },
    );
    if (!result.ok) return result;
    return {
      ok: true,
      bytes: result.bytes,
      mediaType: result.mediaType,
      fileName: result.fileName,
      etag: result.key,
      cacheHit: result.cache === "hit",
      buildMs: result.buildMs,
      computeMs: result.computeMs,
      ...(result.queueMs === undefined ? {} : { queueMs: result.queueMs }),
    };
  }

  describe(source: string, language: ScriptLanguage, tenant: string, beforeRun?: () => ErrorData | undefined): Promise<DescribeResult> {
    return this.#pool.describe({ source, language }, { tenant, ...(beforeRun === undefined ? {} : { beforeRun }) });
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
