/**
 * The body of `POST /api/batches`: a JSON object with `/build`'s shared fields (`key`, `type`,
 * `s` or `id`, `lang`, export options) and `configurations`, a list of `{ "preset"?, "params"? }`.
 * A malformed body or configuration is refused whole (400, naming `configurations[i]…`); the
 * values of a well-formed configuration are checked against the model later, per configuration.
 */
import type { FastifyRequest } from "fastify";
import { PartforgeError } from "../../shared/errors.ts";
import { fromJson, readBuildFields, type BuildFields } from "../buildFields.ts";
import { jsonBody } from "../jsonBody.ts";

/** One configuration as sent, its values still strings (or JSON scalars) as `/build` takes them. */
export interface SentConfiguration {
  preset?: string;
  params: Record<string, string>;
}

export interface BatchFields {
  /** The fields every configuration shares; no preset and no parameters. */
  fields: BuildFields;
  configurations: SentConfiguration[];
}

const EXAMPLE = '{"type": "STL", "id": "…", "configurations": [{"preset": "short"}, {"params": {"p_length": 30}}]}';

function configurationOf(sent: unknown, index: number): SentConfiguration {
  const where = `configurations[${index}]`;
  if (sent === null || typeof sent !== "object" || Array.isArray(sent)) {
    throw new PartforgeError("USAGE", `${where} must be an object like {"preset": "short", "params": {"p_length": 30}}`, { param: where });
  }
  const { preset, params, ...unknown } = sent as Record<string, unknown>;
  const extra = Object.keys(unknown)[0];
  if (extra !== undefined) {
    throw new PartforgeError("USAGE", `${where} has a field "${extra}": a configuration has only "preset" and "params" (the other fields are shared, beside "configurations")`, { param: `${where}.${extra}` });
  }
  if (preset !== undefined && typeof preset !== "string") throw new PartforgeError("USAGE", `${where}.preset must be a preset's name (a string)`, { param: `${where}.preset` });
  let fields: BuildFields;
  try {
    fields = fromJson(params === undefined ? {} : { params });
  } catch (error) {
    if (!(error instanceof PartforgeError)) throw error;
    const param = error.param === undefined || error.param === "params" ? `${where}.params` : `${where}.params.${error.param}`;
    throw new PartforgeError(error.code, `${where}: ${error.message}`, { param });
  }
  return { ...(preset !== undefined && preset !== "" ? { preset } : {}), params: fields.params };
}

/**
 * Reads a batch request.
 * @throws PartforgeError USAGE (400) for a body that is not such an object, no configurations or
 *   more than `maxConfigurations`, a malformed configuration, or a preset or parameter beside them.
 */
export function readBatchFields(request: FastifyRequest, maxConfigurations: number): BatchFields {
  const { configurations, ...shared } = jsonBody(request);
  if (!Array.isArray(configurations)) {
    throw new PartforgeError("USAGE", `"configurations" is required: a list of 1 to ${maxConfigurations} objects like {"preset": "short"} or {"params": {"p_length": 30}}, e.g. ${EXAMPLE}`, { param: "configurations" });
  }
  if (configurations.length === 0 || configurations.length > maxConfigurations) {
    throw new PartforgeError("USAGE", `a batch has 1 to ${maxConfigurations} configurations, not ${configurations.length}: split a larger one into several batches`, {
      param: "configurations",
      details: { maxConfigurations },
    });
  }
  const fields = readBuildFields(request, shared);
  const misplaced = fields.preset !== undefined ? "preset" : Object.keys(fields.params)[0];
  if (misplaced !== undefined) {
    throw new PartforgeError("USAGE", `"${misplaced}" belongs in a configuration: each entry of "configurations" has its own "preset" and "params"`, { param: misplaced });
  }
  return { fields, configurations: configurations.map(configurationOf) };
}
