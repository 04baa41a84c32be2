/**
 * The one build pipeline, for a script loaded in this process (`buildModel`) or in a sandboxed
 * slot (`pool/slot/runJob.ts`): describe the script, resolve the request's values, run
 * `build()`, read its result into parts and export them.
 *
 * It runs in two halves, as exporting does (see `exportParts.ts`): `runKernelHalf` is
 * synchronous and needs the kernel, so the caller runs it inside the build's kernel scope and
 * time limit; `finishBuild` writes the bytes from plain data and may be asynchronous.
 */
import type { ExportPart } from "../kernel/index.ts";
import { describe, resolveValues, type LoadedScript, type ModelDescription, type ParamValue, type RequestValue } from "../modelscript/index.ts";
import type { ExportOptions } from "./exportOptions.ts";
import { finishExport, prepareExport, type PreparedExport } from "./exportParts.ts";
import type { OutputType } from "./request.ts";
import { resultParts } from "./resultParts.ts";

/** What the pipeline needs of a request, resolved. */
export interface PipelineJob {
  /** `describe` stops after resolving the values; `build` also runs `build()` and exports. */
  kind: "describe" | "build";
  type: OutputType;
  preset: string | undefined;
  values: Readonly<Record<string, RequestValue>>;
  options: ExportOptions;
}

/** Where the pipeline lets its caller in. */
export interface PipelineHooks {
  /**
   * Makes the description of `loaded` (`describe` by default), before any more script code runs:
   * a slot gives plain data, made once per script it validated (`slot/runJob.ts`).
   */
  describe?(loaded: LoadedScript): ModelDescription;
  /** Called with the resolved values right before `build()` runs (a slot seeds `Math.random` here). */
  beforeRun?(values: Readonly<Record<string, ParamValue>>): void;
  /** Reads `build()`'s return value into parts; `resultParts` by default. */
  readResult?(result: unknown, modelName: string): ExportPart[];
  /** Runs the export's kernel half (a slot raises its kernel memory cap for it: `slot/wasmGuard.ts`). */
  exporting?<T>(exportPhase: () => T): T;
}

/** Wall times of the phases, and the export's CPU time, in milliseconds. */
export interface PipelineTimings {
  loadMs: number;
  buildMs: number;
  exportMs: number;
  /**
   * Process CPU time (`process.cpuUsage`: user + system, every thread of the process) of the export
   * phase alone: the kernel half and the writing of the bytes. A loaded machine lengthens
   * `exportMs` with time spent waiting for a core; this figure it moves far less, so it is the one
   * to set against a native mesher's CPU time (`npm run bench -- native`). Costs two
   * `process.cpuUsage` calls a half (a getrusage each). 0 for a describe job.
   */
  exportCpuMs: number;
}

/** CPU time since `start` (`process.cpuUsage()`), in milliseconds. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** What the kernel half leaves: plain data, no kernel objects (`prepared` is absent for a describe job). */
export interface KernelHalf {
  description: ModelDescription;
  values: Record<string, ParamValue>;
  prepared: PreparedExport | undefined;
  timings: PipelineTimings;
}

/**
 * Describes `loaded`, resolves `job`'s values and, for a build job, runs `build()` and does the
 * kernel half of the export. `startedAt` (`performance.now()`) is when loading the script began.
 * @throws PartforgeError for every failure of the script or its values.
 */
export function runKernelHalf(loaded: LoadedScript, job: PipelineJob, startedAt: number, hooks: PipelineHooks = {}): KernelHalf {
  const description = (hooks.describe ?? describe)(loaded);
  const values = resolveValues(loaded, { preset: job.preset, values: job.values });
  const loadedAt = performance.now();
  if (job.kind === "describe") return { description, values, prepared: undefined, timings: { loadMs: loadedAt - startedAt, buildMs: 0, exportMs: 0, exportCpuMs: 0 } };
  hooks.beforeRun?.(values);
  const result = loaded.run(values);
  const parts = (hooks.readResult ?? resultParts)(result, loaded.metadata.name);
  const builtAt = performance.now();
  const exportCpuAtStart = process.cpuUsage();
  const exportPhase = () => prepareExport(parts, job.type, loaded.uom, job.options, loaded.metadata.name);
  const prepared = hooks.exporting === undefined ? exportPhase() : hooks.exporting(exportPhase);
  const exportedAt = performance.now();
  const exportCpuMs = cpuMsSince(exportCpuAtStart);
  return { description, values, prepared, timings: { loadMs: loadedAt - startedAt, buildMs: builtAt - loadedAt, exportMs: exportedAt - builtAt, exportCpuMs } };
}

/**
 * The bytes of a build's kernel half, with the time writing them took (wall and CPU) added to its
 * export's. The CPU figure counts whatever else the process ran while an asynchronous writer (GLB)
 * waited; a slot runs one job at a time, so that is this job's own work.
 */
export async function finishBuild(half: KernelHalf): Promise<{ bytes: Uint8Array; timings: PipelineTimings }> {
  if (half.prepared === undefined) return { bytes: new Uint8Array(0), timings: half.timings };
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const bytes = await finishExport(half.prepared);
  const exportCpuMs = half.timings.exportCpuMs + cpuMsSince(cpuAtStart);
  return { bytes, timings: { ...half.timings, exportMs: half.timings.exportMs + performance.now() - started, exportCpuMs } };
}
