/** The content key of a build: same key → byte-identical output (the ETag, and the cache's key). */
import type { ParamValue } from "../modelscript/index.ts";
import { buildCacheKey, engineVersion } from "./cache/index.ts";
import type { ExportOptions } from "./exportOptions.ts";
import type { OutputType } from "./request.ts";

/**
 * The content key of engine + script + resolved values + output type + export options. The
 * script is named by its compiled hash (`CompiledScript.sha256`), as the pool names it: for a
 * Python script that covers the translation and the runtime prelude, not only the text, so a
 * build in this process and one in a slot give the same key (the same ETag) for the same input.
 */
export function contentKey(parts: {
  scriptSha256: string;
  values: Readonly<Record<string, ParamValue>>;
  type: OutputType;
  options: ExportOptions;
  engine?: string;
}): string {
  return buildCacheKey({ engine: parts.engine ?? engineVersion(), scriptSha256: parts.scriptSha256, values: parts.values, format: parts.type, options: parts.options });
}
