/** `/api/jobs` (asynchronous builds) in the OpenAPI document. */
import { JOB_STATUSES } from "../../build/index.ts";
import type { ServiceLimits } from "../deps.ts";
import { BUILD_REQUEST_BODY, buildResponses, IF_NONE_MATCH, SUCCESS_HEADERS, successContent } from "./buildPaths.ts";
import { emptyResponse, jsonResponse, problemResponse, schemaRef, type JsonSchema, type PathItem } from "./parts.ts";
import { BUILD_SECURITY } from "./security.ts";

const JOB_ID = { type: "string", pattern: "^job_[A-Za-z0-9_-]{16}$" };
const dateTime = { type: "string", format: "date-time" };

export const JOB_SCHEMAS: Record<string, JsonSchema> = {
  JobAccepted: {
    type: "object",
    required: ["id", "status", "statusUrl", "resultUrl"],
    properties: {
      id: JOB_ID,
      status: { type: "string", enum: [...JOB_STATUSES] },
      statusUrl: { type: "string", description: "GET it for the job's state (Accept: text/event-stream for a stream of changes)" },
      resultUrl: { type: "string", description: "GET it for the file once status is done" },
    },
  },
  Job: {
    type: "object",
    required: ["id", "status", "progress", "timings", "statusUrl", "resultUrl"],
    properties: {
      id: JOB_ID,
      status: { type: "string", enum: [...JOB_STATUSES], description: "queued (waiting for a build slot), running, then done, failed or cancelled" },
      progress: {
        type: "object",
        description: "fraction: 0 queued, 0.5 building, 1 finished; for a batch, configurations done / total while it runs",
        required: ["phase", "fraction"],
        properties: { phase: { type: "string", enum: ["waiting for a build slot", "building", "finished"] }, fraction: { type: "number", minimum: 0, maximum: 1 } },
      },
      timings: {
        type: "object",
        required: ["createdAt"],
        properties: {
          createdAt: dateTime,
          startedAt: dateTime,
          finishedAt: dateTime,
          expiresAt: { ...dateTime, description: "When the job and its file are forgotten (404 after)" },
          queueMs: { type: "integer", minimum: 0, description: "Waiting for a build slot" },
          buildMs: { type: "integer", minimum: 0, description: "The build's wall time (X-Build-Ms)" },
          phases: { type: "object", description: "Where the build's time went: loadMs, buildMs, exportMs (wall), cpuMs (CPU of the whole build), exportCpuMs (CPU of the export alone) (absent for a cache hit)" },
        },
      },
      error: { ...schemaRef("Problem"), description: "failed: the problem /build would have answered for the same request" },
      cache: { type: "string", enum: ["hit", "miss", "off"], description: "done: whether the file came from the build cache" },
      statusUrl: { type: "string" },
      resultUrl: { type: "string" },
    },
  },
};

const JOB_EXAMPLE = {
  id: "job_Vb3nQ0s9dE2kLx7a",
  status: "done",
  progress: { phase: "finished", fraction: 1 },
  timings: { createdAt: "2026-12-02T20:10:00.000Z", startedAt: "2026-12-02T20:10:00.050Z", finishedAt: "2026-12-02T20:10:01.250Z", expiresAt: "2026-12-02T21:10:01.250Z", queueMs: 50, buildMs: 1180 },
  cache: "miss",
  statusUrl: "/api/jobs/job_Vb3nQ0s9dE2kLx7a",
  resultUrl: "/api/jobs/job_Vb3nQ0s9dE2kLx7a/result",
};

const JOB_ID_PARAMETER = { name: "id", in: "path", required: true, description: "The job's id, as POST /api/jobs answered it", schema: JOB_ID, example: JOB_EXAMPLE.id };

function notFound(limits: ServiceLimits) {
  return problemResponse(404, `No such job for this account: unknown, another account's, or finished more than ${limits.jobs.retentionMs / 60_000} min ago (in the embedded mode jobs live in the service's memory and a restart forgets them; in queue mode they live in Redis and every node answers for them)`, [
    { code: "NOT_FOUND", message: `no job "job_Vb3nQ0s9dE2kLx7a" for this account: an id is valid for the account that submitted it, until ${limits.jobs.retentionMs / 60_000} min after the job finished` },
  ]);
}

function pick(responses: Record<string, unknown>, statuses: string[]): Record<string, unknown> {
  return Object.fromEntries(statuses.map((status) => [status, responses[status]]));
}

export function jobPaths(limits: ServiceLimits): Record<string, PathItem> {
  const build = buildResponses(limits);
  const minutes = (ms: number) => `${ms / 60_000} min`;
  const auth = { "403": problemResponse(403, "Missing, invalid or disabled API key", [{ code: "ACCESS_DENIED", message: "missing API key: send key=…, an Authorization: Bearer … header, or X-API-Key", param: "key" }]) };
  return {
    "/api/jobs": {
      post: {
        operationId: "submitJob",
        summary: "Start an asynchronous build",
        description:
          `Takes exactly the fields of /build (form, multipart or JSON) and refuses at once, with /build's status, everything /build refuses before building: bad fields, unknown parameters or presets, bad values, a script that does not compile, a bad key, an exhausted quota, the rate limit and the compute budget. ` +
          `Only a failing build becomes a failed job. The build gets the plan's time limit (evaluation ${minutes(limits.jobs.timeoutMsByPlan.evaluation)}, enterprise ${minutes(limits.jobs.timeoutMsByPlan.enterprise)}). ` +
          `An account may have ${limits.jobs.maxUnfinishedPerAccount} jobs queued or running at once. Submitting costs no download: each 200 of the result does.`,
        tags: ["build"],
        security: BUILD_SECURITY,
        requestBody: BUILD_REQUEST_BODY,
        responses: {
          "202": jsonResponse("The job is accepted; follow statusUrl", "JobAccepted", { id: JOB_EXAMPLE.id, status: "queued", statusUrl: JOB_EXAMPLE.statusUrl, resultUrl: JOB_EXAMPLE.resultUrl }, {
            Location: { description: "The job's statusUrl", schema: { type: "string" }, example: JOB_EXAMPLE.statusUrl },
          }),
          ...pick(build, ["400", "403", "404", "408", "413", "415"]),
          "429": problemResponse(
            429,
            `Too many requests (RATE_LIMITED), the compute budget is used up (COMPUTE_LIMITED), or the account already has ${limits.jobs.maxUnfinishedPerAccount} jobs queued or running (JOB_LIMIT); wait Retry-After seconds.`,
            [
              { code: "RATE_LIMITED", message: `too many requests for this key or account: at most ${limits.ratePerSecond} per second per account`, details: { retryAfterSeconds: 1 } },
              { code: "COMPUTE_LIMITED", message: "this account used its build time for this minute", details: { retryAfterSeconds: 10 } },
              {
                code: "JOB_LIMIT",
                message: `this account already has ${limits.jobs.maxUnfinishedPerAccount} jobs queued or running, the most it may have at once (${limits.jobs.maxUnfinishedPerAccount}): wait for one to finish or cancel one (DELETE /api/jobs/{id})`,
                details: { maxUnfinishedJobs: limits.jobs.maxUnfinishedPerAccount, retryAfterSeconds: 5 },
              },
            ],
            { retryAfter: true },
          ),
          "500": problemResponse(500, "The script does not compile or load, so its parameters cannot be checked (as /build answers it)", [{ code: "SCRIPT_SYNTAX", message: "Unexpected token (3:14)", line: 3, column: 14 }]),
          "503": build["503"],
        },
      },
    },
    "/api/jobs/{id}": {
      get: {
        operationId: "getJob",
        summary: "A job's state, progress and timings",
        description:
          "JSON, or with `Accept: text/event-stream` server-sent events: the current state at once, then one event per change, each `data:` line the same JSON object; the stream ends after a final state (done, failed, cancelled). " +
          "An EventSource cannot send headers: give it the key as `?key=`.",
        tags: ["build"],
        security: BUILD_SECURITY,
        parameters: [JOB_ID_PARAMETER],
        responses: {
          "200": {
            description: "The job",
            content: {
              "application/json": { schema: schemaRef("Job"), example: JOB_EXAMPLE },
              "text/event-stream": { schema: { type: "string" }, example: `id: 1\ndata: {"id":"${JOB_EXAMPLE.id}","status":"running",…}\n\nid: 2\ndata: {"id":"${JOB_EXAMPLE.id}","status":"done",…}\n\n` },
            },
          },
          ...auth,
          "404": notFound(limits),
        },
      },
      delete: {
        operationId: "cancelJob",
        summary: "Cancel a job",
        description: "A queued job leaves the queue; a running build is stopped (its build slot is replaced). A finished job is left as it is. Answers the job's state.",
        tags: ["build"],
        security: BUILD_SECURITY,
        parameters: [JOB_ID_PARAMETER],
        responses: { "200": jsonResponse("The job, now cancelled (or as it was, when it had finished)", "Job", { ...JOB_EXAMPLE, status: "cancelled" }), ...auth, "404": notFound(limits) },
      },
    },
    "/api/jobs/{id}/result": {
      get: {
        operationId: "getJobResult",
        summary: "The file of a done job",
        description:
          `Sent exactly as /build sends it, with the same headers. Each 200 is charged as one download (except PNG and PROPS); a 304 is free. Kept ${minutes(limits.jobs.retentionMs)} after the job finished. ` +
          "A batch's result (POST /api/batches) is a ZIP (application/zip, named `<model>-batch.zip`) of its files and manifest.json; each 200 of it is charged one download per file in it, all or none (403 QUOTA_EXCEEDED when fewer are left; a ZIP with no file costs nothing).",
        tags: ["build"],
        security: BUILD_SECURITY,
        parameters: [JOB_ID_PARAMETER, IF_NONE_MATCH],
        responses: {
          "200": {
            description: "The file, as from /build; a batch's ZIP",
            headers: SUCCESS_HEADERS,
            content: {
              ...successContent(),
              "application/zip": {
                schema: { type: "string", format: "binary", description: "One file per built configuration, and manifest.json (see POST /api/batches)" },
                example: "(a ZIP: one file per built configuration, and manifest.json)",
              },
            },
          },
          "304": emptyResponse("If-None-Match matched the ETag. Not charged.", { ETag: SUCCESS_HEADERS.ETag }),
          "403": problemResponse(403, "Missing, invalid or disabled API key; or the account has no downloads left this month", [
            { code: "ACCESS_DENIED", message: "missing API key: send key=…, an Authorization: Bearer … header, or X-API-Key", param: "key" },
            { code: "QUOTA_EXCEEDED", message: "this account has no downloads left this month: upgrade the plan or wait for next month" },
            {
              code: "QUOTA_EXCEEDED",
              message: "this account has 2 downloads left this month, fewer than the 3 files of this download (one each): upgrade the plan or wait for next month",
              details: { remaining: 2, needed: 3 },
            },
          ]),
          "404": notFound(limits),
          "409": problemResponse(409, "The job is not done (queued, running, failed or cancelled): `jobStatus` says which, `job` is its state", [
            { code: "JOB_NOT_DONE", message: `job "${JOB_EXAMPLE.id}" is running: poll its status or watch it with Accept: text/event-stream, then fetch the result when status is done`, details: { jobStatus: "running" } },
          ]),
        },
      },
    },
  };
}
