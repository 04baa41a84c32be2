/** `/api/batches` (batch builds) in the OpenAPI document; the batch is then a job of `/api/jobs`. */
import type { ServiceLimits } from "../deps.ts";
import { buildResponses } from "./buildPaths.ts";
import { jsonBody, jsonResponse, problemResponse, schemaRef, type JsonSchema, type PathItem } from "./parts.ts";
import { BUILD_SECURITY } from "./security.ts";

const VALUE = { type: ["string", "number", "boolean"] };

export function batchSchemas(limits: ServiceLimits): Record<string, JsonSchema> {
  return {
    BatchRequest: {
      type: "object",
      description:
        "A POST /api/batches body: the fields of /build that every configuration shares (key, s or id, lang, type, tolerance, angularTolerance, ascii, out_* options), and `configurations`. " +
        "A preset or a parameter beside `configurations` is refused: each configuration has its own.",
      required: ["type", "configurations"],
      properties: {
        key: { type: "string", description: "The API key (or send it as Authorization: Bearer or X-API-Key)" },
        id: { type: "string", pattern: "^[a-z0-9]{7,9}$", description: "A stored model's id; either id or s" },
        s: { type: "string", description: "The ModelScript text; wins over id" },
        lang: { type: "string", description: "The language of s (python, ts, js); detected when absent" },
        type: { type: "string", description: "STL, STEP, AMF, TJS, GLB, 3MF, BREP, SVG, DXF, PNG or PROPS (any case): the type of every file" },
        tolerance: { type: ["string", "number"] },
        angularTolerance: { type: ["string", "number"] },
        ascii: { type: ["string", "boolean"] },
        configurations: {
          type: "array",
          minItems: 1,
          maxItems: limits.jobs.maxBatchConfigurations,
          description: `1 to ${limits.jobs.maxBatchConfigurations} configurations, each built into one file`,
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              preset: { type: "string", description: "Applied first" },
              params: { type: "object", description: "Parameter values by name, then", additionalProperties: VALUE },
            },
          },
        },
      },
    },
    BatchAccepted: {
      type: "object",
      required: ["id", "status", "statusUrl", "resultUrl", "configurations"],
      properties: {
        id: { type: "string", pattern: "^job_[A-Za-z0-9_-]{16}$" },
        status: { type: "string", enum: ["queued"] },
        statusUrl: { type: "string", description: "GET it for the batch's state; progress.fraction is configurations done / total" },
        resultUrl: { type: "string", description: "GET it for the ZIP once status is done" },
        configurations: { type: "integer", minimum: 1, description: "How many configurations the batch has" },
      },
    },
  };
}

/**
 * manifest.json in a batch's ZIP, as JSON Schema. Not a component of the document (no operation
 * answers it as JSON); the docs describe it and the conformance test holds the real manifests to it.
 */
export const BATCH_MANIFEST_SCHEMA: JsonSchema = {
  type: "object",
  description: "manifest.json in a batch's ZIP: every configuration's outcome, in the request's order",
  required: ["model", "type", "configurations", "built", "failed", "entries"],
  properties: {
    model: { type: "string", description: "The model's name" },
    type: { type: "string", description: "The files' type, lower case" },
    configurations: { type: "integer", minimum: 1 },
    built: { type: "integer", minimum: 0, description: "Configurations with a file in the ZIP (each one download)" },
    failed: { type: "integer", minimum: 0 },
    entries: {
      type: "array",
      items: {
        type: "object",
        required: ["index", "params", "status"],
        properties: {
          index: { type: "integer", minimum: 0, description: "Its position in `configurations`" },
          preset: { type: "string" },
          params: { type: "object", description: "The values as sent", additionalProperties: VALUE },
          status: { type: "string", enum: ["ok", "failed"] },
          file: { type: "string", description: "ok: its name in the ZIP" },
          bytes: { type: "integer", minimum: 0, description: "ok: the file's size" },
          buildMs: { type: "integer", minimum: 0, description: "ok: its build's wall time" },
          cache: { type: "string", enum: ["hit", "miss", "off"], description: "ok: whether it came from the build cache" },
          contentKey: { type: "string", description: "ok: the ETag /build sends for the same configuration, without quotes" },
          values: { type: "object", description: "ok: every parameter's value as built" },
          error: { ...schemaRef("Problem"), description: "failed: the problem /build would have answered for this configuration" },
        },
      },
    },
  },
};

const EXAMPLE_ID = "job_Qm7cT2wX9pLr4Ka1";

export function batchPaths(limits: ServiceLimits): Record<string, PathItem> {
  const build = buildResponses(limits);
  const max = limits.jobs.maxBatchConfigurations;
  return {
    "/api/batches": {
      post: {
        operationId: "submitBatch",
        summary: "Build one model in many configurations, as one job whose file is a ZIP",
        description:
          `JSON only. Each configuration ({ "preset"?, "params"? }) is built into one file of the given type, named from its values (\`<model>-<preset>-<name>=<value>-….<ext>\`, \`<model>-defaults.<ext>\` for an empty one; characters other than letters, digits and \`._=+-\` become \`_\`; a repeat gets \`-2\`, \`-3\`…). ` +
          "The ZIP also holds manifest.json: `{ model, type, configurations, built, failed, entries }`, one entry per configuration in order: `{ index, preset?, params (as sent), status }` and, when `ok`, `file, bytes, buildMs, cache, contentKey (its /build ETag), values (as built)`, when `failed`, `error` (the problem /build would have answered). " +
          `The request is refused at once, with /build's status, for what /build refuses before building (bad fields, a bad key, an unknown model, a script that does not compile, the rate limit, the compute budget), for a malformed body or configuration (400, naming configurations[i]…), and for more than ${max} configurations. ` +
          `It is refused with 403 QUOTA_EXCEEDED before any work when the account has fewer downloads left than configurations (PNG and PROPS are free). ` +
          `A configuration with an unknown parameter or preset or a bad value, or whose build fails, is a failed entry of the manifest; the others are built. ` +
          `Follow it as a job (GET /api/jobs/{id}: progress.fraction is configurations done / total; DELETE cancels it); its result is the ZIP (application/zip), charged one download per file in it, all or none: 403 QUOTA_EXCEEDED when fewer are left. ` +
          `Configurations are built one after another, each with the plan's job time limit and charged to the compute budget like a /build; when the budget is used up the batch waits and goes on.`,
        tags: ["build"],
        security: BUILD_SECURITY,
        requestBody: jsonBody("BatchRequest", { type: "STL", id: "4hskpb69", configurations: [{ preset: "short" }, { params: { p_length: 120, p_holes: 2 } }, {}] }),
        responses: {
          "202": jsonResponse(
            "The batch is accepted as a job; follow statusUrl",
            "BatchAccepted",
            { id: EXAMPLE_ID, status: "queued", statusUrl: `/api/jobs/${EXAMPLE_ID}`, resultUrl: `/api/jobs/${EXAMPLE_ID}/result`, configurations: 3 },
            { Location: { description: "The job's statusUrl", schema: { type: "string" }, example: `/api/jobs/${EXAMPLE_ID}` } },
          ),
          "400": problemResponse(400, "A malformed body or configuration, too many configurations, or a bad shared field (as /build)", [
            { code: "USAGE", message: `a batch has 1 to ${max} configurations, not ${max + 1}: split a larger one into several batches`, param: "configurations", details: { maxConfigurations: max } },
            { code: "USAGE", message: 'configurations[1] has a field "type": a configuration has only "preset" and "params" (the other fields are shared, beside "configurations")', param: "configurations[1].type" },
            { code: "USAGE", message: '"p_length" belongs in a configuration: each entry of "configurations" has its own "preset" and "params"', param: "p_length" },
          ]),
          "403": problemResponse(403, "Missing, invalid or disabled API key; or fewer downloads left this month than configurations (nothing is built)", [
            { code: "ACCESS_DENIED", message: "missing API key: send key=…, an Authorization: Bearer … header, or X-API-Key", param: "key" },
            {
              code: "QUOTA_EXCEEDED",
              message: "this account has 2 downloads left this month, fewer than the 3 this request may charge (one per configuration): send fewer, upgrade the plan or wait for next month",
              details: { remaining: 2, needed: 3 },
            },
          ]),
          "404": build["404"],
          "408": build["408"],
          "413": build["413"],
          "415": problemResponse(415, "Not JSON", [{ code: "UNSUPPORTED_MEDIA_TYPE", message: "this endpoint takes application/json, not application/x-www-form-urlencoded: send a JSON object with Content-Type: application/json" }]),
          "429": problemResponse(
            429,
            `Too many requests (RATE_LIMITED), the compute budget is used up (COMPUTE_LIMITED), or the account already has ${limits.jobs.maxUnfinishedPerAccount} jobs queued or running (JOB_LIMIT); wait Retry-After seconds.`,
            [
              { code: "RATE_LIMITED", message: `too many requests for this key or account: at most ${limits.ratePerSecond} per second per account`, details: { retryAfterSeconds: 1 } },
              { code: "COMPUTE_LIMITED", message: "this account used its build time for this minute", details: { retryAfterSeconds: 10 } },
              { code: "JOB_LIMIT", message: `this account already has ${limits.jobs.maxUnfinishedPerAccount} jobs queued or running`, details: { maxUnfinishedJobs: limits.jobs.maxUnfinishedPerAccount, retryAfterSeconds: 5 } },
            ],
            { retryAfter: true },
          ),
          "500": problemResponse(500, "The script does not compile or load, so the configurations cannot be checked (as /build answers it)", [{ code: "SCRIPT_SYNTAX", message: "Unexpected token (3:14)", line: 3, column: 14 }]),
          "503": build["503"],
        },
      },
    },
  };
}
