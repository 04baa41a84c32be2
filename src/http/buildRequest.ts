/** The `BuildRequest` a `/build` or preview request makes, once its type and export options are parsed. */
import type { BuildRequest, ExportOptions, OutputType } from "../build/index.ts";
import type { BuildFields } from "./buildFields.ts";
import type { ScriptSource } from "./scriptSource.ts";

export function buildRequestOf(script: ScriptSource, fields: BuildFields, parsed: { type: OutputType; options: ExportOptions; tenant: string }): BuildRequest {
  return {
    source: script.source,
    language: script.language,
    type: parsed.type,
    ...(fields.preset !== undefined && fields.preset !== "" ? { preset: fields.preset } : {}),
    values: fields.params,
    options: parsed.options,
    tenant: parsed.tenant,
  };
}
