/** The content key of a build: same key → byte-identical output (the ETag, and the cache's key). */
import { hash } from "node:crypto";
import { normaliseSource, type ParamValue } from "../modelscript/index.ts";
import { buildCacheKey, engineVersion } from "./cache/index.ts";
import type { ExportOptions } from "./exportOptions.ts";
import type { OutputType } from "./request.ts";

/** The content key of engine + script + resolved values + output type + export options. */
export function contentKey(parts: { source: string; values: Readonly<Record<string, ParamValue>>; type: OutputType; options: ExportOptions }): string {
  const scriptSha256 = hash("sha256", normaliseSource(parts.source), "hex");
  return buildCacheKey({ engine: engineVersion(), scriptSha256, values: parts.values, format: parts.type, options: parts.options });
}
