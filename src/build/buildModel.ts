/**
 * One build, in this process: a `BuildRequest` → its `BuildSuccess` (the pipeline of
 * `pipeline.ts`, unconfined: for the author's own scripts, tests and tools). The kernel objects
 * the build makes live in one scope, freed when the build ends.
 */
import { basename, extname } from "node:path";
import { loadKernel, withScopeAsync } from "../kernel/index.ts";
import { FILE_EXTENSIONS, MEDIA_TYPES } from "../exporters/index.ts";
import { loadModelScript, type Evaluator, type LoadedScript, type ScriptLanguage } from "../modelscript/index.ts";
import { PartforgeError } from "../shared/errors.ts";
import { contentKey } from "./contentKey.ts";
import { resolveExportOptions } from "./exportOptions.ts";
import { finishBuild, runKernelHalf } from "./pipeline.ts";
import type { BuildRequest, OutputType } from "./request.ts";
import type { BuildSuccess } from "./result.ts";
import { partforgeScope } from "./scope.ts";

/** A file name safe on every OS, from the model's name. */
export function downloadName(modelName: string, type: OutputType): string {
  const safe = modelName.replace(/[^\p{L}\p{N} ._-]+/gu, "_").trim() || "model";
  return `${safe}${FILE_EXTENSIONS[type]}`;
}

/** The language of a ModelScript file, to build, describe or store: `.ts`, `.js`, or `.py` (Python, issue 17). */
export function languageOf(fileName: string): ScriptLanguage {
  const extension = extname(fileName).toLowerCase();
  if (extension === ".ts" || extension === ".mts") return "ts";
  if (extension === ".js" || extension === ".mjs") return "js";
  if (extension === ".py") return "py";
  throw new PartforgeError("USAGE", `${basename(fileName)}: a ModelScript file must end in .ts, .js or .py`);
}

export async function loadScript(source: string, language: ScriptLanguage, evaluator?: Evaluator): Promise<LoadedScript> {
  return loadModelScript(source, { language, scope: partforgeScope(), ...(evaluator ? { evaluator } : {}) });
}

/**
 * Builds a model once and exports it (`tenant` and `timeoutMs` do not apply in this process).
 * Throws PartforgeError on every failure.
 * @example
 * const { bytes, fileName } = await buildModel({ source, language: "ts", type: "stl", values: { p_length: "120" } });
 */
export async function buildModel(request: BuildRequest): Promise<BuildSuccess> {
  const options = resolveExportOptions(request.options);
  await loadKernel();
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const loaded = await loadScript(request.source, request.language);
  const job = { kind: "build", type: request.type, preset: request.preset, values: request.values ?? {}, options } as const;
  const { description, values, bytes, timings } = await withScopeAsync(async () => {
    const half = runKernelHalf(loaded, job, started);
    return { ...half, ...(await finishBuild(half)) };
  });
  const cpu = process.cpuUsage(cpuAtStart);
  const elapsedMs = performance.now() - started;
  return {
    ok: true,
    bytes,
    type: request.type,
    mediaType: MEDIA_TYPES[request.type],
    fileName: downloadName(loaded.metadata.name, request.type),
    description,
    values,
    contentKey: contentKey({ scriptSha256: loaded.compiled.sha256, values, type: request.type, options }),
    cache: "off",
    buildMs: elapsedMs,
    timings: { ...timings, cpuMs: (cpu.user + cpu.system) / 1000 },
    computeMs: elapsedMs,
  };
}
