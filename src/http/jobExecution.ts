/**
 * How the service runs its jobs on the build backend, whatever runner holds them: a build job
 * runs its request in the compute run admitted when it was submitted; a batch job runs each
 * configuration (`./batch/runBatch.ts`). What the service keeps beside a job is its `JobContext`.
 */
import { isBatchRequest, type JobExecutor } from "../build/index.ts";
import { runBatch, type BatchRunContext } from "./batch/index.ts";
import type { AdmittedRun, ComputeBudget } from "./computeBudget.ts";
import type { BuildBackend } from "./deps.ts";
import type { ScriptSource } from "./scriptSource.ts";

/** What the service keeps beside a job: what the ledger records, whether a download is charged, and how its builds are paid. */
export type JobContext = { script: ScriptSource; charged: boolean } & (
  | {
      /** A build job: the compute run admitted at submission, its build charged to it. */
      run: AdmittedRun;
    }
  | {
      /** A batch job: who pays for each configuration's build, admitted in turn. */
      batch: BatchRunContext;
    }
);

export function jobExecutor(deps: { backend: BuildBackend; compute: ComputeBudget }): JobExecutor<JobContext> {
  return (request, context, hooks) => {
    if (isBatchRequest(request)) {
      if (!("batch" in context)) throw new Error("a batch job was submitted without its batch context");
      return runBatch(request, deps, context.batch, hooks);
    }
    if (!("run" in context)) throw new Error("a build job was submitted without its admitted run");
    return context.run.run((tenant, beforeRun) =>
      deps.backend.build(
        { ...request, tenant },
        () => {
          const refusal = beforeRun();
          if (refusal === undefined) hooks.started();
          return refusal;
        },
        hooks.signal,
      ),
    );
  };
}
