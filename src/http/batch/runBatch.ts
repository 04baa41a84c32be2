/**
 * Runs a batch job: each configuration, in order, through the same backend and the same compute
 * budget as `/build` (admitted, run with the payer's tenant, its slot time charged), then packs
 * the files and the manifest into a ZIP, which is the job's file. A configuration that admission
 * refused, or whose build fails, is a failed entry in the manifest; the others go on. When the
 * compute budget is used up, the batch waits (`Retry-After`) and goes on at the plan's pace.
 */
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { cancelledError, downloadName, type BatchRequest, type BuildBackend, type BuildResult, type BuildSuccess, type CacheState, type JobHooks } from "../../build/index.ts";
import { FILE_EXTENSIONS } from "../../exporters/index.ts";
import type { ModelDescription } from "../../modelscript/index.ts";
import { isPartforgeError, type ErrorData } from "../../shared/errors.ts";
import type { ComputeBudget, Payer } from "../computeBudget.ts";
import { buildOnRun } from "../buildOnRun.ts";
import { problemOf } from "../problem.ts";
import { batchFileNames } from "./batchFileNames.ts";
import { packBatch, ZIP_MEDIA_TYPE, type BatchManifest, type BatchManifestEntry } from "./batchArchive.ts";

export interface BatchRunDeps {
  backend: BuildBackend;
  compute: ComputeBudget;
}

/** Who pays for the batch's builds and what it is of. */
export interface BatchRunContext {
  payer: Payer;
  /** A stored model's id, for the compute ledger. */
  modelId?: string;
  /** The model's description, as admission checked the configurations against it. */
  description: ModelDescription;
}

/** Waiting for the compute budget, seconds, when the refusal names none. */
const BUDGET_WAIT_SECONDS = 10;

class Cancelled extends Error {}

function retryAfterMs(error: ErrorData): number {
  const seconds = error.details?.retryAfterSeconds;
  return 1000 * (typeof seconds === "number" && seconds > 0 ? seconds : BUDGET_WAIT_SECONDS);
}

/** Builds one configuration; waits and tries again while the payer's compute budget is used up. */
async function buildOne(request: BatchRequest["build"] & Pick<BatchRequest["configurations"][number], "preset" | "values">, deps: BatchRunDeps, context: BatchRunContext, hooks: JobHooks): Promise<BuildResult> {
  for (;;) {
    if (hooks.signal.aborted) throw new Cancelled();
    let result: BuildResult;
    try {
      const run = await deps.compute.admit(context.payer, { kind: "build", ...(context.modelId !== undefined ? { modelId: context.modelId } : {}) });
      result = await buildOnRun(deps.backend, request, run, hooks);
    } catch (error) {
      if (!isPartforgeError(error)) throw error;
      result = { ok: false, error: error.toData(), computeMs: 0 };
    }
    if (result.ok || result.error.code !== "COMPUTE_LIMITED") return result;
    try {
      await sleep(retryAfterMs(result.error), undefined, { signal: hooks.signal });
    } catch {
      throw new Cancelled();
    }
  }
}

/** One cache state for the whole batch: its files' common one, else `miss`. */
function batchCache(results: readonly BuildSuccess[]): CacheState {
  const states = new Set(results.map((result) => result.cache));
  return states.size === 1 ? [...states][0]! : "miss";
}

export async function runBatch(request: BatchRequest, deps: BatchRunDeps, context: BatchRunContext, hooks: JobHooks): Promise<BuildResult> {
  const startedAt = performance.now();
  const { build, configurations } = request;
  const extension = FILE_EXTENSIONS[build.type];
  // The model's part of each name, as `/build` names its file.
  const modelStem = downloadName(request.modelName, build.type).slice(0, -extension.length);
  const names = batchFileNames(modelStem, extension, configurations);
  const entries: BatchManifestEntry[] = [];
  const built: BuildSuccess[] = [];
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  let computeMs = 0;
  // A batch's fraction is configurations done over total, from 0 (not a single build's 0.5).
  hooks.progressed(0);
  try {
    for (const [index, configuration] of configurations.entries()) {
      const sent = { index, ...(configuration.preset !== undefined ? { preset: configuration.preset } : {}), params: { ...configuration.values } };
      const result: BuildResult =
        configuration.refusal !== undefined
          ? { ok: false, error: configuration.refusal, computeMs: 0 }
          : await buildOne({ ...build, ...(configuration.preset !== undefined ? { preset: configuration.preset } : {}), values: configuration.values }, deps, context, hooks);
      computeMs += result.computeMs;
      if (!result.ok && result.error.code === "CANCELLED") throw new Cancelled();
      if (result.ok) {
        const name = names[index]!;
        built.push(result);
        files.push({ name, bytes: result.bytes });
        entries.push({ ...sent, status: "ok", file: name, bytes: result.bytes.length, buildMs: Math.round(result.buildMs), cache: result.cache, contentKey: result.contentKey, values: result.values });
      } else {
        entries.push({ ...sent, status: "failed", error: problemOf(result.error) });
      }
      hooks.progressed((index + 1) / configurations.length);
    }
    const manifest: BatchManifest = { model: request.modelName, type: build.type, configurations: configurations.length, built: built.length, failed: configurations.length - built.length, entries };
    const bytes = await packBatch(manifest, files, hooks.signal);
    return {
      ok: true,
      bytes,
      type: build.type,
      mediaType: ZIP_MEDIA_TYPE,
      fileName: `${modelStem}-batch.zip`,
      description: context.description,
      values: {},
      contentKey: createHash("sha256").update(bytes).digest("hex"),
      cache: built.length === 0 ? "off" : batchCache(built),
      buildMs: performance.now() - startedAt,
      computeMs,
    };
  } catch (error) {
    if (error instanceof Cancelled || hooks.signal.aborted) return { ok: false, error: cancelledError(), computeMs };
    throw error;
  }
}
