/**
 * Batch builds (`POST /api/batches`, issue 14 point 5): one script, type and export options built
 * once per configuration, as one job whose file is a ZIP of the files and `manifest.json`. The
 * request is admitted as `/build` admits one (key, rate limit, type, options, script, compute
 * budget), refused with 403 QUOTA_EXCEEDED before any work when the account has fewer downloads
 * left than configurations, and each configuration's values are checked against the model at
 * once: one that `/build` would refuse becomes a failed entry of the manifest, never a failed
 * request. The job is then followed and fetched through `/api/jobs/{id}` like any other.
 */
import type { FastifyInstance } from "fastify";
import type { BatchConfiguration, BatchRequest, JobRunner } from "../../build/index.ts";
import { resolveValues } from "../../modelscript/index.ts";
import { isPartforgeError } from "../../shared/errors.ts";
import type { Store } from "../../store/index.ts";
import { readBatchFields, type SentConfiguration } from "../batch/index.ts";
import { admitBuild } from "../buildAdmission.ts";
import { buildRequestOf } from "../buildRequest.ts";
import type { ComputeBudget } from "../computeBudget.ts";
import type { BuildBackend, ServiceLimits } from "../deps.ts";
import type { ChargedScript } from "../charge.ts";
import { batchJob, type JobContext } from "../jobExecution.ts";
import { jobUrls } from "../jobUrls.ts";
import type { RateLimiter } from "../rateLimit.ts";
import { scriptDescription } from "../scriptDescription.ts";
import type { ModelDescription } from "../../modelscript/index.ts";

/** The configuration as the job runs it: refused now when `/build` would refuse its values. */
function admittedConfiguration(description: ModelDescription, sent: SentConfiguration): BatchConfiguration {
  const configuration: BatchConfiguration = { ...(sent.preset !== undefined ? { preset: sent.preset } : {}), values: sent.params };
  try {
    resolveValues(description, { ...(sent.preset !== undefined ? { preset: sent.preset } : {}), values: sent.params });
    return configuration;
  } catch (error) {
    if (!isPartforgeError(error)) throw error;
    return { ...configuration, refusal: error.toData() };
  }
}

export function registerBatchRoutes(
  app: FastifyInstance,
  deps: { store: Store; backend: BuildBackend; limits: ServiceLimits; rateLimiter: RateLimiter; compute: ComputeBudget; runner: JobRunner<JobContext> },
): void {
  const { limits, compute, runner } = deps;

  app.post("/api/batches", async (request, reply) => {
    const batch = readBatchFields(request, limits.jobs.maxBatchConfigurations);
    const admitted = await admitBuild(deps, request, { fields: batch.fields, downloads: batch.configurations.length });
    const { fields, type, options, script, payer } = admitted;
    const description = await scriptDescription(deps, admitted);
    const configurations = batch.configurations.map((sent) => admittedConfiguration(description, sent));
    const modelId = script.modelId !== undefined ? { modelId: script.modelId } : {};
    // Refused at once when the compute budget is used up; each configuration is admitted again when its turn comes.
    await compute.admit(payer, { kind: "build", ...modelId });
    const { preset: _preset, values: _values, ...shared } = buildRequestOf(script, fields, { type, options, tenant: compute.tenantOf(payer) });
    const job: BatchRequest = { build: { ...shared, timeoutMs: limits.jobs.timeoutMsByPlan[payer.account.plan] }, modelName: description.metadata.name, configurations };
    const charged: ChargedScript = script.modelId !== undefined ? { modelId: script.modelId } : { scriptHash: script.scriptHash };
    const state = await runner.submit({ owner: payer.account.id, execute: batchJob(deps, job, { payer, ...modelId, description }), context: { script: charged, charged: admitted.charged, batch: true } });
    const urls = jobUrls(state.id);
    return reply.code(202).header("Location", urls.statusUrl).send({ id: state.id, status: state.status, ...urls, configurations: configurations.length });
  });
}
