/**
 * A service node that reads the shared build cache (`serve --queue … --cache file://…|s3://…`): a
 * build whose content key is in the shared tier, and a description of a script some worker has
 * described, are answered here from the cache, as the pool answers them (`X-Cache: hit`, the same
 * ETag), with no trip through the queue. Everything else goes to the backend behind it. No script
 * runs here: the key is found as the pool finds it before a build (compiling is not running).
 */
import { exportFormats } from "../exporters/index.ts";
import type { ModelDescription } from "../modelscript/index.ts";
import type { BuildBackend } from "./backend.ts";
import { engineVersion, type BuildCache } from "./cache/index.ts";
import { BuildKeys, cacheHit, prepareRequest, ScriptCompiler } from "./pool/index.ts";
import type { BeforeRun, BuildRequest, DescribeRequest } from "./request.ts";
import type { BuildResult, BuildSuccess, DescribeResult } from "./result.ts";

export interface CacheFirstOptions {
  /** The time limit of a request that names none (it is part of no key; only checked). Default 30 000. */
  timeoutMs?: number;
}

export class CacheFirstBackend implements BuildBackend {
  readonly #inner: BuildBackend;
  readonly #cache: BuildCache;
  readonly #compiler = new ScriptCompiler();
  readonly #keys = new BuildKeys(engineVersion());
  readonly #timeoutMs: number;

  /** `inner` builds what the cache does not hold; this backend closes it, not the cache (its owner does). */
  constructor(inner: BuildBackend, cache: BuildCache, options: CacheFirstOptions = {}) {
    this.#inner = inner;
    this.#cache = cache;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  async build(request: BuildRequest, beforeRun?: BeforeRun, signal?: AbortSignal, onStarted?: () => void): Promise<BuildResult> {
    const started = performance.now();
    // A lookup that fails for any reason is a miss: the workers answer the request as usual.
    const hit = signal?.aborted === true ? undefined : await this.#cachedBuild(request).catch(() => undefined);
    if (hit !== undefined) return { ...hit, buildMs: performance.now() - started };
    return this.#inner.build(request, beforeRun, signal, onStarted);
  }

  async describe(request: DescribeRequest, beforeRun?: BeforeRun): Promise<DescribeResult> {
    const known = await this.#cachedDescription(request).catch(() => undefined);
    if (known !== undefined) return { ok: true, description: known, computeMs: 0 };
    return this.#inner.describe(request, beforeRun);
  }

  health(): Record<string, unknown> {
    return { ...this.#inner.health(), cache: this.#cache.stats() };
  }

  close(): Promise<void> {
    return this.#inner.close();
  }

  async #cachedDescription(request: DescribeRequest): Promise<ModelDescription | undefined> {
    const prepared = await prepareRequest(this.#compiler, { ...request, type: exportFormats()[0]! }, { timeoutMs: this.#timeoutMs }, undefined);
    return "error" in prepared ? undefined : this.#cache.getDescription(prepared.script.compiled.sha256);
  }

  /** The cached file of `request`, when its script is described and its key is in the cache; a refusal is left to `inner` to answer. */
  async #cachedBuild(request: BuildRequest): Promise<BuildSuccess | undefined> {
    const prepared = await prepareRequest(this.#compiler, request, { timeoutMs: this.#timeoutMs }, undefined);
    if ("error" in prepared) return undefined;
    const key = await this.#keys.beforeBuild(this.#cache, prepared);
    const cached = key === undefined ? undefined : await this.#cache.get(key);
    return key === undefined || cached === undefined ? undefined : cacheHit(key, cached);
  }
}
