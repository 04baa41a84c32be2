/**
 * The MCP tools' backend on the service (`/mcp`): one authenticated caller's builds, through the
 * same paths as `/build` — the per-key and per-account rate limit, the sandboxed pool with the
 * caller's tenant, the compute budget and ledger, and a download charged for every file type
 * that `/build` charges (PNG and PROPS are free, bounded by the compute budget). Stored models
 * are those the caller may see, by id.
 */
import { createHash } from "node:crypto";
import type { BuildResult, DescribeResult } from "../build/index.ts";
import type { McpBackend, McpBuild, ModelSummary, ModelTarget } from "../mcp/backend.ts";
import type { FetchTarget } from "../mcp/largeFile.ts";
import { PartforgeError } from "../shared/errors.ts";
import { isModelId, type Store } from "../store/index.ts";
import type { Caller } from "./auth.ts";
import { chargedFileOf, chargeOutcome, downloadChargesOf, refuseWithoutDownloadsLeft } from "./charge.ts";
import type { ComputeBudget } from "./computeBudget.ts";
import type { BuildBackend, ServiceLimits } from "./deps.ts";
import type { ServiceMetrics } from "./metrics/index.ts";
import type { RateLimiter } from "./rateLimit.ts";

export interface McpServiceDeps {
  store: Store;
  backend: BuildBackend;
  limits: ServiceLimits;
  rateLimiter: RateLimiter;
  compute: ComputeBudget;
  metrics: ServiceMetrics;
  /** `--public-url`: where clients reach the service; else each request's own origin. */
  publicUrl?: string | undefined;
}

type Script = { source: string; language: "ts" | "js" | "py"; modelId?: string; scriptHash?: string };

export class ServiceMcpBackend implements McpBackend {
  readonly where = "in the partforge service's sandboxed build pool, charged to your API key's account";
  readonly #deps: McpServiceDeps;
  readonly #caller: Caller;
  readonly #origin: string;

  /** `origin`: where clients reach this service (`https://host`), for the commands that fetch a file too large to send inline. */
  constructor(deps: McpServiceDeps, caller: Caller, origin: string) {
    this.#deps = deps;
    this.#caller = caller;
    this.#origin = origin;
  }

  async build(target: ModelTarget, build: McpBuild): Promise<BuildResult> {
    const { store, backend, compute } = this.#deps;
    this.#takeRate();
    const script = await this.#script(target);
    await refuseWithoutDownloadsLeft(store, this.#caller, build.type);
    const payer = { account: this.#caller.account, keyId: this.#caller.key?.id ?? null };
    // A file too large to send inline is not delivered (the tool says how to fetch it), so not
    // charged. A delivered file's download is charged with the build's compute: one store commit.
    const { result, charge } = await compute.meteredThenCharged(
      payer,
      { kind: "build", ...(script.modelId !== undefined ? { modelId: script.modelId } : {}) },
      (tenant, beforeRun) =>
        backend.build(
          { source: script.source, language: script.language, type: build.type, ...(build.preset !== undefined ? { preset: build.preset } : {}), values: build.values, options: build.options, tenant },
          beforeRun,
        ),
      (built) => (built.ok && (build.maxBytes === undefined || built.bytes.length <= build.maxBytes) ? downloadChargesOf(this.#caller, script, built.type, [chargedFileOf(built)]) : undefined),
    );
    if (result.ok && charge !== undefined) chargeOutcome(this.#deps, result.type, 1, charge);
    return result;
  }

  async fetchTarget(target: ModelTarget): Promise<FetchTarget> {
    if (target.kind === "script") return { subject: target.fileName, server: this.#origin, saveScriptAs: target.fileName };
    return { subject: target.id, server: this.#origin, modelId: target.id };
  }

  async describe(target: ModelTarget): Promise<DescribeResult> {
    const { backend, compute } = this.#deps;
    this.#takeRate();
    const script = await this.#script(target);
    const payer = { account: this.#caller.account, keyId: this.#caller.key?.id ?? null };
    return compute.metered(payer, { kind: "describe", ...(script.modelId !== undefined ? { modelId: script.modelId } : {}) }, (tenant, beforeRun) =>
      backend.describe({ source: script.source, language: script.language, tenant }, beforeRun),
    );
  }

  async listModels(): Promise<ModelSummary[]> {
    const models = await this.#deps.store.listModels({ viewerId: this.#caller.account.id, limit: 200 });
    return models.map((model) => ({ id: model.id, name: model.name }));
  }

  /** Per key, and per account: more keys (or more tool calls in one request) do not buy more builds. */
  #takeRate(): void {
    const { rateLimiter, limits } = this.#deps;
    const { account, key } = this.#caller;
    const buckets = key === undefined ? [`account:${account.id}`] : [`key:${key.id}`, `account:${account.id}`];
    const waitSeconds = rateLimiter.takeEach(buckets);
    if (waitSeconds > 0) {
      throw new PartforgeError("RATE_LIMITED", `too many builds for this key or account: at most ${limits.ratePerSecond} per second per account; retry in ${waitSeconds} s`, {
        details: { retryAfterSeconds: waitSeconds },
      });
    }
  }

  async #script(target: ModelTarget): Promise<Script> {
    if (target.kind === "script") {
      const { maxScriptBytes } = this.#deps.limits;
      if (Buffer.byteLength(target.source, "utf8") > maxScriptBytes) throw new PartforgeError("PAYLOAD_TOO_LARGE", `the script is larger than ${maxScriptBytes} bytes`, { param: "script" });
      return { source: target.source, language: target.language, scriptHash: createHash("sha256").update(target.source).digest("hex") };
    }
    const notFound = new PartforgeError("NOT_FOUND", `no model with id "${target.id}" is visible to this account; list_models names them`, { param: "model" });
    if (!isModelId(target.id)) throw notFound;
    const found = await this.#deps.store.getModel(target.id, { viewerId: this.#caller.account.id });
    if (found === undefined) throw notFound;
    return { source: found.revision.script, language: found.revision.language, modelId: found.model.id };
  }
}
