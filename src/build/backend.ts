/**
 * A build backend: how the service gets builds and descriptions done. In production that is the
 * sandboxed pool; `InProcessBackend` runs scripts in this process, unconfined, for tests and tools.
 */
import { createHash } from "node:crypto";
import type { ExportFormat } from "../exporters/index.ts";
import { describe, normaliseSource, type ModelDescription, type ParamValue, type ScriptLanguage } from "../modelscript/index.ts";
import { isPartforgeError, type ErrorData } from "../shared/errors.ts";
import { buildModel, loadScript } from "./buildModel.ts";
import type { ExportOptions } from "./exportOptions.ts";
import { buildCacheKey, engineVersion } from "./cache/index.ts";
import type { PoolHealth } from "./pool/types.ts";

export interface BackendBuildRequest {
  source: string;
  language: ScriptLanguage;
  format: ExportFormat;
  preset?: string;
  values: Readonly<Record<string, string>>;
  options: ExportOptions;
  timeoutMs?: number;
  /** Who the build is for (see `BuildCallOptions.tenant`): an account, or an anonymous client address. */
  tenant: string;
  /** See `BuildCallOptions.beforeRun`: asked right before a slot runs the build. */
  beforeRun?: () => ErrorData | undefined;
}

export type BackendBuildResult =
  | {
      ok: true;
      bytes: Uint8Array;
      mediaType: string;
      fileName: string;
      /** Content key of engine + script + resolved values + type + options: equal keys, equal bytes. */
      etag: string;
      cacheHit: boolean;
      buildMs: number;
      /** Slot milliseconds this call is charged (0 for a cache hit), see `BuildFailure.computeMs`. */
      computeMs: number;
      /** Milliseconds spent waiting for a slot; absent when none was needed (a cache hit, a backend without a queue). */
      queueMs?: number;
    }
  | { ok: false; error: ErrorData; computeMs: number; queueMs?: number };

export type DescribeResult = { ok: true; description: ModelDescription; computeMs: number; queueMs?: number } | { ok: false; error: ErrorData; computeMs: number; queueMs?: number };

export interface BuildBackend {
  build(request: BackendBuildRequest): Promise<BackendBuildResult>;
  /** `tenant` and `beforeRun` as in `BackendBuildRequest`. */
  describe(source: string, language: ScriptLanguage, tenant: string, beforeRun?: () => ErrorData | undefined): Promise<DescribeResult>;
  health(): Record<string, unknown>;
  /** The pool's state, typed, for metrics; absent for a backend without a pool. */
  poolHealth?(): PoolHealth;
  close(): Promise<void>;
}

/** The content key of a build (the pool's cache key): same key → byte-identical output. */
export function contentKey(parts: { source: string; values: Readonly<Record<string, ParamValue>>; format: ExportFormat; options: ExportOptions }): string {
  const scriptSha256 = createHash("sha256").update(normaliseSource(parts.source), "utf8").digest("hex");
  return buildCacheKey({ engine: engineVersion(), scriptSha256, values: parts.values, format: parts.format, options: parts.options });
}

function asErrorData(error: unknown): ErrorData {
  if (isPartforgeError(error)) return error.toData();
  return { code: "INTERNAL", message: "the build failed unexpectedly" };
}

/** Runs builds in this process with no confinement. Never give it scripts you did not write. */
export class InProcessBackend implements BuildBackend {
  #builds = 0;

  async build(request: BackendBuildRequest): Promise<BackendBuildResult> {
    const refusal = request.beforeRun?.();
    if (refusal !== undefined) return { ok: false, error: refusal, computeMs: 0 };
    const started = performance.now();
    try {
      const output = await buildModel({
        source: request.source,
        language: request.language,
        type: request.format,
        values: request.values,
        options: request.options,
        ...(request.preset !== undefined ? { preset: request.preset } : {}),
      });
      this.#builds += 1;
      return {
        ok: true,
        bytes: output.bytes,
        mediaType: output.mediaType,
        fileName: output.fileName,
        etag: contentKey({ source: request.source, values: output.values, format: output.format, options: request.options }),
        cacheHit: false,
        buildMs: output.timings.loadMs + output.timings.buildMs + output.timings.exportMs,
        computeMs: performance.now() - started,
      };
    } catch (error) {
      return { ok: false, error: asErrorData(error), computeMs: performance.now() - started };
    }
  }

  async describe(source: string, language: ScriptLanguage, _tenant?: string, beforeRun?: () => ErrorData | undefined): Promise<DescribeResult> {
    const refusal = beforeRun?.();
    if (refusal !== undefined) return { ok: false, error: refusal, computeMs: 0 };
    const started = performance.now();
    try {
      const description = describe(await loadScript(source, language));
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
