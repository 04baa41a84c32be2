/**
 * One job inside a slot, synchronously and entirely under the slot's time limit: evaluate the
 * compiled script in compartments, validate it, resolve the request's values, run `build()`,
 * normalise its result and export it. Every failure becomes error data; nothing is thrown.
 */
import { createHash } from "node:crypto";
import { isNativeError, isProxy } from "node:util/types";
import { withScope } from "../../../kernel/index.ts";
import { describe, loadCompiledModelScript, resolveValues, type ParamValue } from "../../../modelscript/index.ts";
import { isErrorCode, PartforgeError } from "../../../shared/errors.ts";
import { finishExport, prepareExport, type PreparedExport } from "../../exportParts.ts";
import { resultParts } from "../../result.ts";
import { fromCompiledData } from "../compiledData.ts";
import type { RecycleReason, SlotJob, SlotReply } from "../protocol.ts";
import type { ConfinedEvaluator, Seed } from "./confine.ts";
import { runTimed, TimeLimitExceeded } from "./timed.ts";

export interface SlotRuntime {
  readonly scope: Readonly<Record<string, unknown>>;
  readonly evaluator: ConfinedEvaluator;
}

export interface JobOutcome {
  reply: SlotReply;
  /** Set when the slot's state is suspect after this job and the slot must be replaced. */
  recycle: RecycleReason | undefined;
  /** For the parent's log only: what an unexpected failure said. Never sent to clients. */
  internalMessage?: string;
}

const MAX_MESSAGE_CHARACTERS = 2000;
const DEFAULT_STACK_FRAMES = 10;
const NO_BYTES = new Uint8Array(0);

/**
 * The kernel part of the job runs under the time limit; a mesh format's bytes are then written
 * from plain data (the GLB writer is asynchronous), bounded by the mesh triangle limit.
 */
export async function runJob(job: SlotJob, runtime: SlotRuntime): Promise<JobOutcome> {
  const outcome = runKernelPart(job, runtime);
  if (!("prepared" in outcome)) return outcome;
  try {
    const started = performance.now();
    const bytes = ownBuffer(await finishExport(outcome.prepared));
    const timings = { ...outcome.reply.timings, exportMs: outcome.reply.timings.exportMs + performance.now() - started };
    return success({ ...outcome.reply, timings, bytes });
  } catch (error) {
    return failure(error);
  }
}

type KernelOutcome = JobOutcome | { prepared: PreparedExport; reply: Omit<Extract<SlotReply, { ok: true }>, "ok" | "bytes"> };

function runKernelPart(job: SlotJob, runtime: SlotRuntime): KernelOutcome {
  resetRealmErrorState();
  try {
    return runTimed(() => runUntimed(job, runtime), job.timeoutMs);
  } catch (error) {
    if (error instanceof TimeLimitExceeded) {
      const seconds = job.timeoutMs / 1000;
      return {
        reply: { ok: false, error: { code: "TIMEOUT", message: `the build exceeded its time limit of ${seconds} s and was stopped` } },
        recycle: "timeout",
      };
    }
    // Only a failure while reporting a failure gets here (e.g. a stack overflow in the catch).
    return { reply: { ok: false, error: { code: "INTERNAL", message: "the build failed unexpectedly" } }, recycle: "kernel" };
  }
}

/**
 * A script can reach the start compartment's `Error` (the base class of a caught
 * PartforgeError) and set its realm-wide `prepareStackTrace` (SES only ever hands it attenuated
 * call sites) or `stackTraceLimit`. Neither may outlive the build that set it.
 */
function resetRealmErrorState(): void {
  const realmError = Error as unknown as { prepareStackTrace: unknown; stackTraceLimit: number };
  realmError.prepareStackTrace = undefined;
  realmError.stackTraceLimit = DEFAULT_STACK_FRAMES;
}

function runUntimed(job: SlotJob, runtime: SlotRuntime): KernelOutcome {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpuAtStart);
    return (used.user + used.system) / 1000;
  };
  try {
    const compiled = fromCompiledData(job.script);
    runtime.evaluator.setSeed(seedOf(compiled.sha256));
    const loaded = loadCompiledModelScript(compiled, { scope: runtime.scope, evaluator: runtime.evaluator.evaluate });
    const description = plainCopy(describe(loaded));
    const values = resolveValues(loaded, { preset: job.preset, values: job.values });
    const loadedAt = performance.now();
    if (job.kind === "describe") {
      return success({ description, values, bytes: NO_BYTES, timings: { loadMs: loadedAt - started, buildMs: 0, exportMs: 0, cpuMs: cpuMs() } });
    }
    runtime.evaluator.setSeed(seedOf(compiled.sha256, values));
    return withScope(() => {
      const result = loaded.run(values);
      const parts = readResult(result, loaded.metadata.name);
      const builtAt = performance.now();
      const prepared = prepareExport(parts, job.format, loaded.uom, job.options, loaded.metadata.name);
      const exportedAt = performance.now();
      return {
        prepared,
        reply: {
          description,
          values: plainCopy(values),
          timings: { loadMs: loadedAt - started, buildMs: builtAt - loadedAt, exportMs: exportedAt - builtAt, cpuMs: cpuMs() },
        },
      };
    });
  } catch (error) {
    return failure(error);
  }
}

function success(reply: Omit<Extract<SlotReply, { ok: true }>, "ok">): JobOutcome {
  return { reply: { ok: true, ...reply }, recycle: undefined };
}

/** `resultParts`, with anything a hostile result throws while being read reported as INVALID_RESULT. */
function readResult(result: unknown, modelName: string): ReturnType<typeof resultParts> {
  try {
    return resultParts(result, modelName);
  } catch (error) {
    if (knownError(error) !== undefined) throw error;
    throw new PartforgeError("INVALID_RESULT", "build() returned a value that could not be read (it threw while being inspected)");
  }
}

function failure(error: unknown): JobOutcome {
  const known = knownError(error);
  if (known === undefined) {
    return {
      reply: { ok: false, error: { code: "INTERNAL", message: "the build failed unexpectedly" } },
      recycle: "kernel",
      internalMessage: isNativeError(error) && !isProxy(error) ? `${error.name}: ${error.message}` : typeof error,
    };
  }
  const data = plainCopy(known.toData());
  data.message = data.message.length > MAX_MESSAGE_CHARACTERS ? `${data.message.slice(0, MAX_MESSAGE_CHARACTERS)}…` : data.message;
  return { reply: { ok: false, error: data }, recycle: recycleAfter(known) };
}

/** A real PartforgeError made by partforge code (not a Proxy or a forgery with a bad code). */
function knownError(value: unknown): PartforgeError | undefined {
  if (typeof value !== "object" || value === null || isProxy(value) || !isNativeError(value)) return undefined;
  return value instanceof PartforgeError && isErrorCode(value.code) && typeof value.message === "string" ? value : undefined;
}

/** A kernel trap or a stack overflow may have interrupted C++ halfway: do not reuse the slot. */
function recycleAfter(error: PartforgeError): RecycleReason | undefined {
  if (error.code === "MEMORY_LIMIT") return "memory";
  if (error.code === "INTERNAL") return "kernel";
  if (error.cause instanceof WebAssembly.RuntimeError) return "kernel";
  if (/Maximum call stack size exceeded/.test(error.message)) return "kernel";
  return undefined;
}

/** The same build (script + values) always sees the same `Math.random` sequence. */
function seedOf(sha256: string, values?: Readonly<Record<string, ParamValue>>): Seed {
  const hash = values === undefined ? sha256 : createHash("sha256").update(sha256).update(JSON.stringify(values)).digest("hex");
  return [0, 1, 2, 3].map((i) => Number.parseInt(hash.slice(i * 8, i * 8 + 8), 16) | 0) as unknown as Seed;
}

/** JSON data only: no getters, Proxies or shared objects reach the IPC serialiser. */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A Uint8Array that owns its whole buffer: V8 serialisation sends a view's entire underlying
 * buffer, which for a view into kernel memory would be the whole WebAssembly heap.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}
