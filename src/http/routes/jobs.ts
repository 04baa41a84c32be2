/**
 * Asynchronous builds (`/api/jobs`): `POST` takes exactly `/build`'s fields and refuses exactly
 * what `/build` refuses before building, at once and with `/build`'s status; the build then runs
 * in the background with the plan's longer time limit. `GET /api/jobs/{id}` is its state (or a
 * stream of server-sent events), `GET …/result` the file as `/build` sends it (charged per 200;
 * a batch's ZIP, from `POST /api/batches`, one download per file in it), `DELETE` cancels it.
 * In the embedded mode jobs live in this process's memory: a restart forgets them; a finished
 * job is kept for `limits.jobs.retentionMs` (1 h by default), then 404.
 */
import { PassThrough } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { InProcessJobRunner, isFinalStatus, type BuildRequest, type JobRunner, type JobState } from "../../build/index.ts";
import { resolveValues } from "../../modelscript/index.ts";
import { PartforgeError } from "../../shared/errors.ts";
import type { Store } from "../../store/index.ts";
import type { Caller } from "../auth.ts";
import { admitBuild, buildCaller, type AdmittedBuild } from "../buildAdmission.ts";
import { sendBuiltFile } from "../buildDownload.ts";
import { chargeDownload, chargeDownloads } from "../charge.ts";
import { chargedFilesOf, readBatchManifest } from "../batch/index.ts";
import { jobExecutor, type JobContext } from "../jobExecution.ts";
import { scriptDescription } from "../scriptDescription.ts";
import { jobUrls } from "../jobUrls.ts";
import { buildRequestOf } from "../buildRequest.ts";
import type { ComputeBudget } from "../computeBudget.ts";
import type { BuildBackend, ServiceLimits } from "../deps.ts";
import type { ServiceMetrics } from "../metrics/index.ts";
import { problemOf, sendProblem, type Problem } from "../problem.ts";
import type { RateLimiter } from "../rateLimit.ts";

/** Seconds between keep-alive comments on an event stream (proxies close idle connections). */
const KEEP_ALIVE_MS = 15_000;

/** A job's state as the API shows it: a failed job's error as the problem `/build` would have answered, and where to find it. */
function jobView(state: JobState): Omit<JobState, "error"> & { error?: Problem; statusUrl: string; resultUrl: string } {
  const { error, ...rest } = state;
  return { ...rest, ...(error !== undefined ? { error: problemOf(error) } : {}), ...jobUrls(state.id) };
}

function notFound(id: string, retentionMs: number): PartforgeError {
  return new PartforgeError("NOT_FOUND", `no job "${id}" for this account: an id is valid for the account that submitted it, until ${Math.round(retentionMs / 60_000)} min after the job finished`);
}

/** The key of a job request: a header, or `?key=` (for an `EventSource`, which cannot send headers). */
function queryKey(request: FastifyRequest): string | undefined {
  const key = (request.query as Record<string, unknown> | undefined)?.key;
  return typeof key === "string" ? key : undefined;
}

export function registerJobRoutes(
  app: FastifyInstance,
  deps: { store: Store; backend: BuildBackend; limits: ServiceLimits; rateLimiter: RateLimiter; compute: ComputeBudget; metrics: ServiceMetrics },
): JobRunner<JobContext> {
  const { store, backend, limits, compute } = deps;
  const runner: JobRunner<JobContext> = new InProcessJobRunner<JobContext>(jobExecutor({ backend, compute }), {
    retentionMs: limits.jobs.retentionMs,
    maxUnfinishedPerOwner: limits.jobs.maxUnfinishedPerAccount,
  });
  app.addHook("onClose", () => runner.close());

  /**
   * Unknown parameters, bad values and unknown presets are refused at once, as `/build` refuses
   * them, checked against the script's description (`../scriptDescription.ts`).
   */
  async function checkValues(admitted: AdmittedBuild): Promise<void> {
    const { fields } = admitted;
    resolveValues(await scriptDescription(deps, admitted), { ...(fields.preset !== undefined && fields.preset !== "" ? { preset: fields.preset } : {}), values: fields.params });
  }

  async function owner(request: FastifyRequest): Promise<Caller> {
    return buildCaller(store, request, queryKey(request));
  }

  app.post("/api/jobs", async (request, reply) => {
    const admitted = await admitBuild(deps, request);
    const { fields, type, options, script, payer } = admitted;
    await checkValues(admitted);
    const run = await compute.admit(payer, { kind: "build", ...(script.modelId !== undefined ? { modelId: script.modelId } : {}) });
    const buildRequest: BuildRequest = {
      ...buildRequestOf(script, fields, { type, options, tenant: compute.tenantOf(payer) }),
      timeoutMs: limits.jobs.timeoutMsByPlan[payer.account.plan],
    };
    const state = runner.submit({ owner: payer.account.id, request: buildRequest, context: { script, charged: admitted.charged, run } });
    const urls = jobUrls(state.id);
    return reply.code(202).header("Location", urls.statusUrl).send({ id: state.id, status: state.status, ...urls });
  });

  app.get("/api/jobs/:id", async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const caller = await owner(request);
    const { id } = request.params;
    const record = runner.get(id, caller.account.id);
    if (record === undefined) throw notFound(id, limits.jobs.retentionMs);
    if (!/\btext\/event-stream\b/i.test(String(request.headers.accept ?? ""))) return reply.header("Cache-Control", "no-store").send(jobView(record.state));
    return sendEvents(reply, record.state, (listener) => runner.subscribe(id, caller.account.id, listener));
  });

  app.get("/api/jobs/:id/result", async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const caller = await owner(request);
    const { id } = request.params;
    const record = runner.get(id, caller.account.id);
    if (record === undefined) throw notFound(id, limits.jobs.retentionMs);
    const { state, context, result } = record;
    if (state.status !== "done" || result === undefined) {
      const next = isFinalStatus(state.status) ? "it has no file: see its error (GET " + jobUrls(id).statusUrl + ")" : "poll its status or watch it with Accept: text/event-stream, then fetch the result when status is done";
      return sendProblem(reply, { code: "JOB_NOT_DONE", message: `job "${id}" is ${state.status}: ${next}`, details: { jobStatus: state.status, job: jobView(state) } });
    }
    // A batch's ZIP costs one download per file in it, as its manifest lists them.
    const charge = "batch" in context ? () => chargeDownloads(deps, caller, context.script, result.type, chargedFilesOf(readBatchManifest(result.bytes))) : () => chargeDownload(deps, caller, context.script, result.type, result);
    return sendBuiltFile(request, reply, result, context.charged ? charge : undefined);
  });

  app.delete("/api/jobs/:id", async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const caller = await owner(request);
    const { id } = request.params;
    const state = runner.cancel(id, caller.account.id);
    if (state === undefined) throw notFound(id, limits.jobs.retentionMs);
    return reply.header("Cache-Control", "no-store").send(jobView(state));
  });
  return runner;
}

/**
 * Server-sent events: the current state at once, then one event per change, each a JSON
 * `data:` line (the same object as the JSON answer); the stream ends after a final state.
 */
function sendEvents(reply: FastifyReply, current: JobState, subscribe: (listener: (state: JobState) => void) => (() => void) | undefined): FastifyReply {
  const stream = new PassThrough();
  let sequence = 0;
  const write = (state: JobState) => stream.write(`id: ${++sequence}\ndata: ${JSON.stringify(jobView(state))}\n\n`);
  write(current);
  if (isFinalStatus(current.status)) {
    stream.end();
  } else {
    const keepAlive = setInterval(() => stream.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
    keepAlive.unref();
    const stop = () => {
      clearInterval(keepAlive);
      unsubscribe?.();
    };
    const unsubscribe = subscribe((state) => {
      write(state);
      if (isFinalStatus(state.status)) {
        stop();
        stream.end();
      }
    });
    stream.on("close", stop);
    reply.raw.on("close", () => {
      stop();
      stream.destroy();
    });
  }
  return reply.code(200).type("text/event-stream; charset=utf-8").header("Cache-Control", "no-store").header("X-Accel-Buffering", "no").send(stream);
}
