/** `GET|POST /build` (and the original `/parts/build`): the ParametricParts Build Service contract. */
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parseExportOptions, parseOutputType } from "../../build/index.ts";
import type { Store } from "../../store/index.ts";
import { scriptOf } from "../scriptSource.ts";
import { presentedKey, requireKey, webSessionCaller, type Caller } from "../auth.ts";
import { readBuildFields } from "../buildFields.ts";
import { chargeDownload, refuseWithoutDownloadsLeft } from "../charge.ts";
import { etagMatches } from "../etag.ts";
import { buildRequestOf } from "../buildRequest.ts";
import type { BuildBackend, ServiceLimits } from "../deps.ts";
import { sendProblem } from "../problem.ts";
import { logBuild, tagAccount } from "../requestLog.ts";
import type { ServiceMetrics } from "../metrics/index.ts";
import type { RateLimiter } from "../rateLimit.ts";
import type { ComputeBudget } from "../computeBudget.ts";

const STREAM_CHUNK_BYTES = 64 * 1024;

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * An API key, or else the logged-in session of the web app (only with `X-Partforge-Session: 1`,
 * so a cross-site link or form cannot spend the visitor's downloads). Charged like a key.
 */
async function buildCaller(store: Store, request: FastifyRequest, fieldKey: string | undefined): Promise<Caller> {
  const secret = presentedKey(request, fieldKey);
  if (secret === undefined) {
    const session = await webSessionCaller(store, request);
    if (session !== undefined) return session;
  }
  return requireKey(store, secret);
}

export function registerBuildRoutes(
  app: FastifyInstance,
  deps: { store: Store; backend: BuildBackend; limits: ServiceLimits; rateLimiter: RateLimiter; compute: ComputeBudget; metrics: ServiceMetrics },
): void {
  const { store, backend, limits, rateLimiter, compute, metrics } = deps;

  async function handle(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const fields = readBuildFields(request);
    const caller = await buildCaller(store, request, fields.key);
    tagAccount(request, caller.account.id);
    // Per key, and per account: more keys do not buy more requests.
    const buckets = caller.key === undefined ? [`account:${caller.account.id}`] : [`key:${caller.key.id}`, `account:${caller.account.id}`];
    const waitSeconds = rateLimiter.takeEach(buckets);
    if (waitSeconds > 0) {
      return sendProblem(reply, {
        code: "RATE_LIMITED",
        message: `too many requests for this key or account: at most ${limits.ratePerSecond} per second per account, all its keys together (bursts of ${limits.rateBurst}); retry after the Retry-After seconds`,
        details: { retryAfterSeconds: waitSeconds },
      });
    }
    const type = parseOutputType(fields.type);
    const options = parseExportOptions(fields, type);
    const script = await scriptOf(store, fields, caller.account.id, limits);
    await refuseWithoutDownloadsLeft(store, caller, type);
    const payer = { account: caller.account, keyId: caller.key?.id ?? null };
    const started = performance.now();
    const result = await compute.metered(payer, { kind: "build", ...(script.modelId !== undefined ? { modelId: script.modelId } : {}) }, (tenant, beforeRun) =>
      backend.build(buildRequestOf(script, fields, { type, options, tenant }), beforeRun),
    );
    logBuild(request, { format: type, modelId: script.modelId, scriptHash: script.scriptHash, totalMs: performance.now() - started }, result);
    if (!result.ok) return sendProblem(reply, result.error);
    const etag = `"${result.contentKey}"`;
    if (etagMatches(request.headers["if-none-match"], etag)) {
      return reply.code(304).header("ETag", etag).send();
    }
    // Not for a free type (PNG, PROPS): the compute budget above bounds those.
    const remaining = await chargeDownload({ store, metrics }, caller, script, type, result);
    const bytes = Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
    // Large files are streamed in chunks; a small one goes out in a single write.
    const body =
      bytes.length <= STREAM_CHUNK_BYTES
        ? bytes
        : Readable.from(
            (function* () {
              for (let offset = 0; offset < bytes.length; offset += STREAM_CHUNK_BYTES) yield bytes.subarray(offset, offset + STREAM_CHUNK_BYTES);
            })(),
          );
    if (remaining !== undefined) reply.header("X-Downloads-Remaining", remaining === null ? "unlimited" : String(remaining));
    return reply
      .code(200)
      .type(result.mediaType)
      .header("Content-Disposition", contentDisposition(result.fileName))
      .header("Content-Length", String(bytes.length))
      .header("ETag", etag)
      .header("Cache-Control", "private, no-cache")
      .header("X-Build-Ms", String(Math.round(result.buildMs)))
      .header("X-Cache", result.cache === "hit" ? "hit" : "miss")
      .send(body);
  }

  for (const url of ["/build", "/parts/build"]) {
    app.get(url, handle);
    app.post(url, handle);
  }
}
