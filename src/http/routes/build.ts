/** `GET|POST /build` (and the original `/parts/build`): the ParametricParts Build Service contract. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Store } from "../../store/index.ts";
import { admitBuild } from "../buildAdmission.ts";
import { notModified, sendBuiltFile } from "../buildDownload.ts";
import { chargedFileOf, chargeOutcome, downloadChargesOf } from "../charge.ts";
import { buildRequestOf } from "../buildRequest.ts";
import type { BuildBackend, ServiceLimits } from "../deps.ts";
import { sendProblem } from "../problem.ts";
import { logBuild } from "../requestLog.ts";
import type { ServiceMetrics } from "../metrics/index.ts";
import type { RateLimiter } from "../rateLimit.ts";
import type { ComputeBudget } from "../computeBudget.ts";

export function registerBuildRoutes(
  app: FastifyInstance,
  deps: { store: Store; backend: BuildBackend; limits: ServiceLimits; rateLimiter: RateLimiter; compute: ComputeBudget; metrics: ServiceMetrics },
): void {
  const { backend, compute } = deps;

  async function handle(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const admitted = await admitBuild(deps, request, undefined, { readComputeOf: compute });
    const { fields, type, options, script, payer } = admitted;
    const started = performance.now();
    // The file's download is charged with the build's compute: one store commit, not two.
    const { result, charge } = await compute.meteredThenCharged(
      payer,
      { kind: "build", ...(script.modelId !== undefined ? { modelId: script.modelId } : {}) },
      (tenant, beforeRun) => backend.build(buildRequestOf(script, fields, { type, options, tenant }), beforeRun),
      (built) => (built.ok && admitted.charged && !notModified(request, built) ? downloadChargesOf(admitted.caller, admitted.script, built.type, [chargedFileOf(built)]) : undefined),
      admitted.computeRead,
    );
    logBuild(request, { format: type, modelId: script.modelId, scriptHash: script.scriptHash, totalMs: performance.now() - started }, result);
    if (!result.ok) return sendProblem(reply, result.error);
    return sendBuiltFile(request, reply, result, charge === undefined ? undefined : async () => chargeOutcome(deps, result.type, 1, charge));
  }

  for (const url of ["/build", "/parts/build"]) {
    app.get(url, handle);
    app.post(url, handle);
  }
}
