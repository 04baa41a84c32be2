/**
 * How the service runs its jobs on the build backend, whatever runner holds them: a build job
 * runs its request in the compute run admitted when it was submitted; a batch job runs each
 * configuration (`./batch/runBatch.ts`). The live objects a job's build needs (the admitted run,
 * the payer) stay in the closure on the node that accepted it; what a runner keeps beside the job
 * is its `JobContext`, plain JSON.
 */
import type { BatchRequest, BuildRequest, JobSubmission } from "../build/index.ts";
import { runBatch, type BatchRunContext } from "./batch/index.ts";
import type { ChargedScript } from "./charge.ts";
import { buildOnRun } from "./buildOnRun.ts";
import type { AdmittedRun, ComputeBudget } from "./computeBudget.ts";
import type { BuildBackend } from "./deps.ts";

/** What the service keeps beside a job (plain JSON): what the ledger records, whether a download is charged, and whether its file is a batch's ZIP. */
export interface JobContext {
  script: ChargedScript;
  charged: boolean;
  /** A batch's ZIP: a download costs one per file it holds. */
  batch?: true;
}

type Execute = JobSubmission<JobContext>["execute"];

/** A build job's build, metered on the compute run it was admitted to. */
export function buildJob(deps: { backend: BuildBackend }, request: BuildRequest, run: AdmittedRun): Execute {
  return (hooks) => buildOnRun(deps.backend, request, run, hooks);
}

/** A batch job's builds, each configuration admitted to the payer's compute budget in turn. */
export function batchJob(deps: { backend: BuildBackend; compute: ComputeBudget }, request: BatchRequest, context: BatchRunContext): Execute {
  return (hooks) => runBatch(request, deps, context, hooks);
}
