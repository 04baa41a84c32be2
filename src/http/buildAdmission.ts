/**
 * Everything `/build` checks before it builds, shared by `/build` and `POST /api/jobs` so both
 * refuse the same requests with the same answers: the fields, the caller (key or web session),
 * the rate limit, the output type and export options, the script, and an exhausted quota.
 */
import type { FastifyRequest } from "fastify";
import { parseExportOptions, parseOutputType, type ExportOptions, type OutputType } from "../build/index.ts";
import { isChargedFormat } from "../exporters/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import type { Store } from "../store/index.ts";
import { presentedKey, requireKey, webSessionCaller, type Caller } from "./auth.ts";
import { readBuildFields, type BuildFields } from "./buildFields.ts";
import type { ComputeBudget, ComputeRead, Payer } from "./computeBudget.ts";
import { refuseWithoutDownloadsLeft } from "./charge.ts";
import type { ServiceLimits } from "./deps.ts";
import type { RateLimiter } from "./rateLimit.ts";
import { tagAccount } from "./requestLog.ts";
import { scriptOf, type ScriptSource } from "./scriptSource.ts";

/** A build request that passed every check `/build` makes before building. */
export interface AdmittedBuild {
  fields: BuildFields;
  caller: Caller;
  payer: Extract<Payer, { account: unknown }>;
  type: OutputType;
  options: ExportOptions;
  /** Whether a 200 of this type costs a download (PNG and PROPS do not). */
  charged: boolean;
  script: ScriptSource;
  /** The payer's compute, read with its key when `admitBuild` was asked to (for the admission right after). */
  computeRead?: ComputeRead;
}

/**
 * An API key, or else the logged-in session of the web app (only with `X-Partforge-Session: 1`,
 * so a cross-site link or form cannot spend the visitor's downloads). Charged like a key.
 */
export async function buildCaller(store: Store, request: FastifyRequest, fieldKey: string | undefined, compute?: ComputeBudget): Promise<Caller> {
  const secret = presentedKey(request, fieldKey);
  if (secret === undefined) {
    const session = await webSessionCaller(store, request);
    if (session !== undefined) return session;
  }
  return requireKey(store, secret, compute);
}

/**
 * Reads and checks a build request as `/build` does (one rate-limit token taken); a batch
 * (`POST /api/batches`) passes its shared fields, already read, and the downloads it may charge.
 * `options.readComputeOf`: the payer's compute is read with its key, for an admission right after.
 * @throws PartforgeError with `/build`'s code for each refusal: USAGE, ACCESS_DENIED, RATE_LIMITED,
 *   NOT_FOUND, PAYLOAD_TOO_LARGE, QUOTA_EXCEEDED…
 */
export async function admitBuild(
  deps: { store: Store; limits: ServiceLimits; rateLimiter: RateLimiter },
  request: FastifyRequest,
  batch?: { fields: BuildFields; downloads: number },
  options: { readComputeOf?: ComputeBudget } = {},
): Promise<AdmittedBuild> {
  const { store, limits, rateLimiter } = deps;
  const fields = batch?.fields ?? readBuildFields(request);
  const caller = await buildCaller(store, request, fields.key, options.readComputeOf);
  tagAccount(request, caller.account.id);
  // Per key, and per account: more keys do not buy more requests.
  const buckets = caller.key === undefined ? [`account:${caller.account.id}`] : [`key:${caller.key.id}`, `account:${caller.account.id}`];
  const waitSeconds = rateLimiter.takeEach(buckets);
  if (waitSeconds > 0) {
    throw new PartforgeError(
      "RATE_LIMITED",
      `too many requests for this key or account: at most ${limits.ratePerSecond} per second per account, all its keys together (bursts of ${limits.rateBurst}); retry after the Retry-After seconds`,
      { details: { retryAfterSeconds: waitSeconds } },
    );
  }
  const type = parseOutputType(fields.type);
  const exportOptions = parseExportOptions(fields, type);
  const charged = isChargedFormat(type);
  const script = await scriptOf(store, fields, caller.account.id, limits);
  await refuseWithoutDownloadsLeft(store, caller, type, batch?.downloads ?? 1);
  const { computeRead } = caller;
  const admitted = { fields, caller, payer: { account: caller.account, keyId: caller.key?.id ?? null }, type, options: exportOptions, charged, script };
  return computeRead === undefined ? admitted : { ...admitted, computeRead };
}
