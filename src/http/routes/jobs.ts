/**
 * Asynchronous builds (`/api/jobs`): `POST` takes exactly `/build`'s fields and refuses exactly
 * what `/build` refuses before building, at once and with `/build`'s status; the build then runs
 * in the background with the plan's longer time limit. `GET /api/jobs/{id}` is its state (or a
 * stream of server-sent events), `GET …/result` the file as `/build` sends it (charged per 200;
 * a batch's ZIP, from `POST /api/batches`, one download per file in it), `DELETE` cancels it. In the embedded mode jobs live in this process's memory: a restart
 * forgets them; in queue mode they live in Redis and every service node answers for every job.
 * A finished job is kept for `limits.jobs.retentionMs` (1 h by default), then 404.
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
import { chargeDownload, chargeDownloads, type ChargedScript } from "../charge.ts";
import { chargedFilesOf, readBatchManifest } from "../batch/index.ts";
import { buildJob, type JobContext } from "../jobExecution.ts";
import { jobUrls } from "../jobUrls.ts";
import { scriptDescription } from "../scriptDescription.ts";
import { buildRequestOf } from "../buildRequest.ts";
import type { ComputeBudget } from "../computeBudget.ts";
import type { BuildBackend, JobRunnerFactory, ServiceLimits } from "../deps.ts";
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
  deps: { store: Store; backend: BuildBackend; limits: ServiceLimits; rateLimiter: RateLimiter; compute: ComputeBudget; metrics: ServiceMetrics; jobRunners?: JobRunnerFactory },
): JobRunner<JobContext> {
  const { store, backend, limits, compute } = deps;
  const runnerLimits = { retentionMs: limits.jobs.retentionMs, maxUnfinishedPerOwner: limits.jobs.maxUnfinishedPerAccount };
  const runner: JobRunner<JobContext> = deps.jobRunners?.<JobContext>(runnerLimits) ?? new InProcessJobRunner<JobContext>(runnerLimits);
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
    const charged: ChargedScript = script.modelId !== undefined ? { modelId: script.modelId } : { scriptHash: script.scriptHash };
    const state = await runner.submit({ owner: payer.account.id, execute: buildJob(deps, buildRequest, run), context: { script: charged, charged: admitted.charged } });
    const urls = jobUrls(state.id);
    return reply.code(202).header("Location", urls.statusUrl).send({ id: state.id, status: state.status, ...urls });
  });

  app.get("/api/jobs/:id", async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const caller = await owner(request);
    const { id } = request.params;
    const state = await runner.state(id, caller.account.id);
    if (state === undefined) throw notFound(id, limits.jobs.retentionMs);
    if (!/\btext\/event-stream\b/i.test(String(request.headers.accept ?? ""))) return reply.header("Cache-Control", "no-store").send(jobView(state));
    return sendEvents(reply, state, (listener) => runner.subscribe(id, caller.account.id, listener));
  });

  app.get("/api/jobs/:id/result", async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const caller = await owner(request);
    const { id } = request.params;
    const record = await runner.get(id, caller.account.id);
    if (record === undefined) throw notFound(id, limits.jobs.retentionMs);
    const { state, context, result } = record;
    if (state.status !== "done" || result === undefined) {
      const next = isFinalStatus(state.status) ? "it has no file: see its error (GET " + jobUrls(id).statusUrl + ")" : "poll its status or watch it with Accept: text/event-stream, then fetch the result when status is done";
      return sendProblem(reply, { code: "JOB_NOT_DONE", message: `job "${id}" is ${state.status}: ${next}`, details: { jobStatus: state.status, job: jobView(state) } });
    }
    // A batch's ZIP costs one download per file in it, as its manifest lists them.
    const charge = context.batch === true ? () => chargeDownloads(deps, caller, context.script, result.type, chargedFilesOf(readBatchManifest(result.bytes))) : () => chargeDownload(deps, caller, context.script, result.type, result);
    return sendBuiltFile(request, reply, result, context.charged ? charge : undefined);
  });

  app.delete("/api/jobs/:id", async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const caller = await owner(request);
    const { id } = request.params;
    const state = await runner.cancel(id, caller.account.id);
    if (state === undefined) throw notFound(id, limits.jobs.retentionMs);
    return reply.header("Cache-Control", "no-store").send(jobView(state));
  });
  return runner;
}

/**
 * Server-sent events: the current state at once, then one event per change, each a JSON
 * `data:` line (the same object as the JSON answer); the stream ends after a final state.
 */
async function sendEvents(reply: FastifyReply, current: JobState, subscribe: (listener: (state: JobState) => void) => Promise<(() => void) | undefined>): Promise<FastifyReply> {
  const stream = new PassThrough();
  let sequence = 0;
  let last = "";
  let ended = false;
  let unsubscribe: (() => void) | undefined;
  let keepAlive: NodeJS.Timeout | undefined;
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe?.();
    unsubscribe = undefined;
  };
  const end = () => {
    if (ended) return;
    ended = true;
    stop();
    stream.end();
  };
  // A runner may repeat a state (a poll beside its messages): only a change is an event.
  const write = (state: JobState) => {
    if (ended) return;
    const data = JSON.stringify(jobView(state));
    if (data === last) return;
    last = data;
    stream.write(`id: ${++sequence}\ndata: ${data}\n\n`);
    if (isFinalStatus(state.status)) end();
  };
  write(current);
  if (!ended) {
    keepAlive = setInterval(() => stream.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
    keepAlive.unref();
    stream.on("close", stop);
    reply.raw.on("close", () => {
      ended = true;
      stop();
      stream.destroy();
    });
    const stopListening = await subscribe(write);
    // The job expired meanwhile, or the client left, or it ended while subscribing.
    if (stopListening === undefined) end();
    else if (ended) stopListening();
    else unsubscribe = stopListening;
  }
  return reply.code(200).type("text/event-stream; charset=utf-8").header("Cache-Control", "no-store").header("X-Accel-Buffering", "no").send(stream);
}
