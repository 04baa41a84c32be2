/**
 * The content key of a build: what decides its bytes, and nothing else — the engine version,
 * the normalised script's hash, the resolved parameter values, the output format and the export
 * options that format uses. The same key always names byte-identical output; it is also the
 * HTTP ETag.
 */
import { hash } from "node:crypto";
import { EXPORT_FORMATS, type ExportFormat } from "../../exporters/index.ts";
import type { ParamValue } from "../../modelscript/index.ts";
import type { ExportOptions } from "../exportOptions.ts";

export interface CacheKeyParts {
  /** `engineVersion()`: changes whenever any code that shapes output may have changed. */
  engine: string;
  /** SHA-256 of the normalised script source (`CompiledScript.sha256`). */
  scriptSha256: string;
  values: Readonly<Record<string, ParamValue>>;
  format: ExportFormat;
  options: ExportOptions;
}

/** Hex SHA-256 over a canonical JSON form of `parts` (one `crypto.hash`: the same digest as a Hash object's, without making one). */
export function buildCacheKey(parts: CacheKeyParts): string {
  const canonical = canonicalJson({
    engine: parts.engine,
    script: parts.scriptSha256,
    values: parts.values,
    format: parts.format,
    options: relevantOptions(parts.format, parts.options),
  });
  return hash("sha256", canonical, "hex");
}

/** Only the options a format reads: a STEP file does not depend on mesh tolerances. */
export function relevantOptions(format: ExportFormat, options: ExportOptions): Partial<ExportOptions> {
  const output = options.output !== undefined ? { output: options.output } : {};
  if (EXPORT_FORMATS[format].source === "brep") return output;
  const { tolerance, angularTolerance, ascii } = options;
  return format === "stl" ? { tolerance, angularTolerance, ascii } : { tolerance, angularTolerance, ...output };
}

/** JSON with object keys sorted at every level, so equal data always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
