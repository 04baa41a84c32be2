/**
 * One build of a job on the backend, metered on an admitted compute run: the job becomes
 * `running` when a build slot starts the build (a worker takes it, in queue mode), and its
 * cancel stops the build.
 */
import type { BuildBackend, BuildRequest, BuildResult, JobHooks } from "../build/index.ts";
import type { AdmittedRun } from "./computeBudget.ts";

export function buildOnRun(backend: BuildBackend, request: BuildRequest, run: AdmittedRun, hooks: Pick<JobHooks, "signal" | "started">): Promise<BuildResult> {
  return run.run((tenant, beforeRun) => backend.build({ ...request, tenant }, beforeRun, hooks.signal, hooks.started));
}
