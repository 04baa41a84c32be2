/**
 * A batch job's request (issue 14 point 5): one script, type and export options built once per
 * configuration (a preset and/or values), whose result is a ZIP of the files and a manifest.
 * Plain JSON, like `BuildRequest`.
 */
import type { RequestValue } from "../../modelscript/index.ts";
import type { ErrorData } from "../../shared/errors.ts";
import type { BuildRequest } from "../request.ts";

/** One configuration of a batch, as the client sent it. */
export interface BatchConfiguration {
  /** Applied first; then `values`. */
  preset?: string;
  values: Readonly<Record<string, RequestValue>>;
  /** Why it will not be built, when admission already refused it (an unknown parameter, a bad value…). */
  refusal?: ErrorData;
}

/** Many builds of one script as one job. */
export interface BatchRequest {
  /** What every configuration shares: script, type, export options, tenant, time limit per build. */
  build: Omit<BuildRequest, "preset" | "values">;
  /** The model's name, for the files' names. */
  modelName: string;
  configurations: readonly BatchConfiguration[];
}
