/**
 * `GET|POST /api/preview`: looking is free. The same fields as `/build` (a stored model's `id` or
 * a script `s`, `preset`, parameter values) answered with a viewer format (GLB, or TJS) or a PNG picture,
 * meshed at the preview tolerance and at most `maxPreviewBytes` long. A preview never spends a
 * download; its slot time is charged to the compute budget of whoever asks: the account (an API
 * key, or the web app's session with `X-Partforge-Session: 1`), or, for a visitor who is not
 * logged in, the budgets of the client address and of the model (never the model's owner).
 * Downloads — any format at full tolerance — are `/build`'s, charged one per file.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { checkOutputOptions, parseOutputFields, parseOutputType, resolveExportOptions, TOLERANCE_BOUNDS, type ExportOptions, type OutputType } from "../../build/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import { isUnit, millimetresPer, DEFAULT_UNIT } from "../../shared/units.ts";
import type { Store } from "../../store/index.ts";
import { presentedKey, requireKey, webSessionCaller, type Caller } from "../auth.ts";
import { readBuildFields, type BuildFields } from "../buildFields.ts";
import { buildRequestOf } from "../buildRequest.ts";
import { etagMatches } from "../etag.ts";
import type { ComputeBudget, Payer } from "../computeBudget.ts";
import type { BuildBackend, ServiceLimits } from "../deps.ts";
import { sendProblem } from "../problem.ts";
import { RateLimiter } from "../rateLimit.ts";
import { logBuild, tagAccount } from "../requestLog.ts";
import { scriptOf, type ScriptSource } from "../scriptSource.ts";

/** The formats a viewer loads, and PNG pictures (thumbnails, social cards); the first is the default. */
export const PREVIEW_FORMATS: readonly OutputType[] = ["glb", "tjs", "png"];

/** A preview is a look, not the part: about 0.25 mm from the surface whatever the unit, 0.5 rad between facets. */
export const PREVIEW_TOLERANCE_MM = 0.25;
export const PREVIEW_ANGULAR_TOLERANCE_RAD = 0.5;

/** Anonymous previews per client address: a second's worth sustained, a gallery's worth in a burst. */
const ANONYMOUS_PER_SECOND = 5;
const ANONYMOUS_BURST = 60;

/** Fields of `/build` that make no sense for a preview, and what to do instead. */
const DOWNLOAD_ONLY_FIELDS = ["tolerance", "angularTolerance", "ascii"] as const;

const UOM_DECLARATION = /export\s+const\s+UOM\s*=\s*["'](mm|cm|m|in|ft)["']/;

/**
 * The preview tolerance in the model's unit. A stored model's unit comes from its saved
 * description; a sent script's is read from its `UOM` declaration (a hint for the mesh's
 * fineness only: the build itself uses the script's real unit).
 */
export function previewOptions(script: ScriptSource): ExportOptions {
  const declared = script.uom ?? UOM_DECLARATION.exec(script.source)?.[1];
  const unit = isUnit(declared) ? declared : DEFAULT_UNIT;
  return resolveExportOptions({
    tolerance: Math.max(TOLERANCE_BOUNDS.min, PREVIEW_TOLERANCE_MM / millimetresPer(unit)),
    angularTolerance: PREVIEW_ANGULAR_TOLERANCE_RAD,
    ascii: false,
  });
}

function previewFormat(fields: BuildFields): OutputType {
  for (const name of DOWNLOAD_ONLY_FIELDS) {
    if (fields[name] !== undefined) {
      throw new PartforgeError("USAGE", `previews are meshed at the preview tolerance, so "${name}" is not accepted here: send it to /build, which makes the download`, { param: name });
    }
  }
  if (fields.type === undefined || fields.type === "") return PREVIEW_FORMATS[0]!;
  const format = parseOutputType(fields.type);
  if (!PREVIEW_FORMATS.includes(format)) {
    throw new PartforgeError("USAGE", `previews come as GLB or TJS, formats a viewer loads, or as a PNG picture; ${format.toUpperCase()} is a download: ask /build for it (one download per file)`, { param: "type" });
  }
  return format;
}

/** An API key if one is presented (a bad one is refused), else the web app's session, else nobody. */
async function previewCaller(store: Store, request: FastifyRequest, fieldKey: string | undefined): Promise<Caller | undefined> {
  const secret = presentedKey(request, fieldKey);
  if (secret !== undefined) return requireKey(store, secret);
  return webSessionCaller(store, request);
}

export interface PreviewRouteDeps {
  store: Store;
  backend: BuildBackend;
  limits: ServiceLimits;
  /** The accounts' request rate (shared with `/build`). */
  rateLimiter: RateLimiter;
  compute: ComputeBudget;
}

export function registerPreviewRoutes(app: FastifyInstance, deps: PreviewRouteDeps): void {
  const { store, backend, limits, rateLimiter, compute } = deps;
  const anonymousLimiter = new RateLimiter(ANONYMOUS_PER_SECOND, ANONYMOUS_BURST);

  async function handle(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const fields = readBuildFields(request);
    const caller = await previewCaller(store, request, fields.key);
    const waitSeconds =
      caller === undefined
        ? anonymousLimiter.take(`client:${request.ip}`)
        : rateLimiter.takeEach(caller.key === undefined ? [`account:${caller.account.id}`] : [`key:${caller.key.id}`, `account:${caller.account.id}`]);
    if (waitSeconds > 0) {
      return sendProblem(reply, {
        code: "RATE_LIMITED",
        message: caller === undefined ? `too many previews from this address: at most ${ANONYMOUS_PER_SECOND} a second (bursts of ${ANONYMOUS_BURST}); retry after the Retry-After seconds` : `too many requests for this account: at most ${limits.ratePerSecond} a second (bursts of ${limits.rateBurst}); retry after the Retry-After seconds`,
        details: { retryAfterSeconds: waitSeconds },
      });
    }
    const format = previewFormat(fields);
    // A picture's view, size and background (out_view, out_width, …): PNG only.
    const output = checkOutputOptions(format, parseOutputFields(fields.output));
    if (caller === undefined && fields.s !== undefined && fields.s !== "") {
      throw new PartforgeError("NOT_AUTHENTICATED", "log in (or send an API key) to preview a script of your own; stored public models can be previewed by anyone with id", { param: "s" });
    }
    const script = await scriptOf(store, fields, caller?.account.id ?? null, limits);
    if (caller !== undefined) tagAccount(request, caller.account.id);
    const started = performance.now();
    const payer: Payer = caller !== undefined ? { account: caller.account, keyId: caller.key?.id ?? null } : { clientAddress: request.ip, modelId: script.modelId! };
    const result = await compute.metered(payer, { kind: "preview", ...(script.modelId !== undefined ? { modelId: script.modelId } : {}) }, (tenant, beforeRun) =>
      backend.build(buildRequestOf(script, fields, { type: format, options: resolveExportOptions({ ...previewOptions(script), output }), tenant }), beforeRun),
    );
    logBuild(request, { format, modelId: script.modelId, scriptHash: script.scriptHash, totalMs: performance.now() - started }, result);
    if (!result.ok) {
      return sendProblem(reply, result.error);
    }
    if (result.bytes.byteLength > limits.maxPreviewBytes) {
      const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
      throw new PartforgeError(
        "MESH_LIMIT",
        `this preview would be ${mb(result.bytes.byteLength)} MB, more than the ${mb(limits.maxPreviewBytes)} MB a preview may be: download the file from /build instead`,
        { details: { bytes: result.bytes.byteLength, maxPreviewBytes: limits.maxPreviewBytes } },
      );
    }
    const etag = `"preview-${result.contentKey}"`;
    // A public model's preview is the same for everyone; a private model's or a script's is not.
    reply.header("ETag", etag).header("Cache-Control", script.visibility === "public" ? "public, max-age=60" : "private, no-cache");
    if (etagMatches(request.headers["if-none-match"], etag)) return reply.code(304).send();
    return reply
      .code(200)
      .type(result.mediaType)
      .header("Content-Length", String(result.bytes.byteLength))
      .header("X-Build-Ms", String(Math.round(result.buildMs)))
      .header("X-Cache", result.cache === "hit" ? "hit" : "miss")
      .send(Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength));
  }

  app.get("/api/preview", handle);
  app.post("/api/preview", handle);
}
