/**
 * One build, in this process: ModelScript source + preset + values + output type → bytes.
 * The kernel objects the build makes live in one scope, freed when the build ends.
 */
import { basename, extname } from "node:path";
import { loadKernel, kernelMemoryBytes, withScopeAsync } from "../kernel/index.ts";
import { FILE_EXTENSIONS, MEDIA_TYPES, parseExportFormat, exportFormats, type ExportFormat } from "../exporters/index.ts";
import { describe, loadModelScript, resolveValues, type Evaluator, type LoadedScript, type ModelDescription, type ParamValue, type RequestValue, type ScriptLanguage } from "../modelscript/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { resolveExportOptions, type ExportOptions } from "./exportOptions.ts";
import { finishExport, prepareExport } from "./exportParts.ts";
import { resultParts } from "./result.ts";
import { partforgeScope } from "./scope.ts";

export interface BuildRequest {
  source: string;
  language: ScriptLanguage;
  /** Output type, case-insensitive (`stl`, `STEP`, …). */
  type: string;
  preset?: string;
  values?: Readonly<Record<string, RequestValue>>;
  options?: Partial<ExportOptions>;
  /** Defaults to the in-process evaluator (no confinement: for the author's own scripts). */
  evaluator?: Evaluator;
}

export interface BuildOutput {
  bytes: Uint8Array;
  format: ExportFormat;
  mediaType: string;
  /** `<model name>.<ext>` for a download. */
  fileName: string;
  description: ModelDescription;
  values: Record<string, ParamValue>;
  timings: { loadMs: number; buildMs: number; exportMs: number };
  kernelMemoryBytes: number;
}

export function parseFormat(type: string): ExportFormat {
  const format = typeof type === "string" ? parseExportFormat(type) : undefined;
  if (format === undefined) {
    throw new PartforgeError("USAGE", `unknown output type "${String(type)}": use one of ${exportFormats().map((f) => f.toUpperCase()).join(", ")}`, {
      param: "type",
    });
  }
  return format;
}

/** A file name safe on every OS, from the model's name. */
export function downloadName(modelName: string, format: ExportFormat): string {
  const safe = modelName.replace(/[^\p{L}\p{N} ._-]+/gu, "_").trim() || "model";
  return `${safe}${FILE_EXTENSIONS[format]}`;
}

/** The language of a ModelScript file to build or describe: `.ts`, `.js`, or `.py` (Python, issue 17). */
export function scriptLanguageOf(fileName: string): ScriptLanguage {
  return extname(fileName).toLowerCase() === ".py" ? "py" : languageOf(fileName);
}

/** The language of a ModelScript file that can be stored as a model (`.ts`, `.js`). */
export function languageOf(fileName: string): "ts" | "js" {
  const extension = extname(fileName).toLowerCase();
  if (extension === ".ts" || extension === ".mts") return "ts";
  if (extension === ".js" || extension === ".mjs") return "js";
  if (extension === ".py") throw new PartforgeError("USAGE", `${basename(fileName)}: Python models can be built (partforge build ${basename(fileName)} …) but not stored yet; store a .ts or .js ModelScript`);
  throw new PartforgeError("USAGE", `${basename(fileName)}: a ModelScript file must end in .ts or .js (or .py, to build a Python ModelScript)`);
}

export async function loadScript(source: string, language: ScriptLanguage, evaluator?: Evaluator): Promise<LoadedScript> {
  return loadModelScript(source, { language, scope: partforgeScope(), ...(evaluator ? { evaluator } : {}) });
}

/** Builds a model once and exports it. Throws PartforgeError on every failure. */
export async function buildModel(request: BuildRequest): Promise<BuildOutput> {
  const format = parseFormat(request.type);
  const options = resolveExportOptions(request.options);
  await loadKernel();
  const started = performance.now();
  const loaded = await loadScript(request.source, request.language, request.evaluator);
  const description = describe(loaded);
  const values = resolveValues(loaded, {
    ...(request.preset !== undefined ? { preset: request.preset } : {}),
    values: request.values ?? {},
  });
  const loadedAt = performance.now();
  return withScopeAsync(async () => {
    const parts = resultParts(loaded.run(values), loaded.metadata.name);
    const builtAt = performance.now();
    const bytes = await finishExport(prepareExport(parts, format, loaded.uom, options, loaded.metadata.name));
    const exportedAt = performance.now();
    return {
      bytes,
      format,
      mediaType: MEDIA_TYPES[format],
      fileName: downloadName(loaded.metadata.name, format),
      description,
      values,
      timings: { loadMs: loadedAt - started, buildMs: builtAt - loadedAt, exportMs: exportedAt - builtAt },
      kernelMemoryBytes: kernelMemoryBytes(),
    };
  });
}
