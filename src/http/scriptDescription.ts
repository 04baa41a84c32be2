/**
 * The description (parameters, presets, metadata) of an admitted request's script, for checking
 * values before a job is accepted: a stored model's is saved with its revision; a sent script's
 * comes from a describe run, charged to the payer like one (the pool's cache answers it for a
 * script it has seen).
 */
import type { ModelDescription } from "../modelscript/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import type { AdmittedBuild } from "./buildAdmission.ts";
import type { ComputeBudget } from "./computeBudget.ts";
import type { BuildBackend } from "./deps.ts";

/** @throws PartforgeError the describe run's error (a script that does not compile…), or COMPUTE_LIMITED */
export async function scriptDescription(deps: { backend: BuildBackend; compute: ComputeBudget }, admitted: Pick<AdmittedBuild, "script" | "payer">): Promise<ModelDescription> {
  const { script, payer } = admitted;
  if (script.description !== undefined) return script.description;
  const described = await deps.compute.metered(payer, { kind: "describe" }, (tenant, beforeRun) => deps.backend.describe({ source: script.source, language: script.language, tenant }, beforeRun));
  if (!described.ok) throw PartforgeError.fromData(described.error);
  return described.description;
}
