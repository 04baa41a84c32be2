/**
 * One build of a job on the backend, metered on an admitted compute run: the job becomes
 * `running` when the run lets the build into a slot, and its cancel stops the build.
 */
import type { BuildBackend, BuildRequest, BuildResult, JobHooks } from "../build/index.ts";
import type { AdmittedRun } from "./computeBudget.ts";

export function buildOnRun(backend: BuildBackend, request: BuildRequest, run: AdmittedRun, hooks: Pick<JobHooks, "signal" | "started">): Promise<BuildResult> {
  return run.run((tenant, beforeRun) =>
    backend.build(
      { ...request, tenant },
      () => {
        const refusal = beforeRun();
        if (refusal === undefined) hooks.started();
        return refusal;
      },
      hooks.signal,
    ),
  );
}
