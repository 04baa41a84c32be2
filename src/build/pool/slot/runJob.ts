/**
 * One job inside a slot: evaluate the compiled script in compartments, validate it, resolve the
 * request's values, run `build()`, normalise its result and export it. Every failure becomes
 * error data; nothing is thrown. The job's time limit is the pool's (`../slotProcess.ts`): when
 * it passes, the pool kills the slot, whatever the job is doing.
 */
import { hash } from "node:crypto";
import { isNativeError, isProxy } from "node:util/types";
import { withMemoSession, withScope, type KernelScope, type OperationMemo } from "../../../kernel/index.ts";
import { describe, loadCompiledModelScript, loadDescribedModelScript, raisedOutsideScript, type CompiledScript, type LoadedScript, type ModelDescription, type ParamValue } from "../../../modelscript/index.ts";
import { deepFreeze } from "../../../shared/deepFreeze.ts";
import { isErrorCode, PartforgeError } from "../../../shared/errors.ts";
import { isStackOverflow, noteStackOverflow, stackOverflowsSeen } from "../../../shared/stackOverflow.ts";
import { finishBuild, runKernelHalf, type KernelHalf } from "../../pipeline.ts";
import { resultParts } from "../../resultParts.ts";
import { fromCompiledData } from "../compiledData.ts";
import type { CompiledScriptData, RecycleReason, SlotJob, SlotReply, SlotSuccess } from "../protocol.ts";
import type { ConfinedEvaluator, Seed } from "./confine.ts";
import type { DescribedScripts } from "./describedScripts.ts";
import type { WasmMemoryGuard } from "./wasmGuard.ts";

export interface SlotRuntime {
  readonly scope: Readonly<Record<string, unknown>>;
  readonly evaluator: ConfinedEvaluator;
  /**
   * Whether a stack overflow that was caught (by the script or by partforge) retires the slot;
   * default true. Only the differential hygiene test turns it off, to test what lies beneath.
   */
  readonly retireOnCaughtOverflow?: boolean;
  /** The slot's operation memo (src/kernel/operationMemo.ts), which a job uses for its `memoTenant` only; none: every operation computes. */
  readonly memo?: OperationMemo | undefined;
  /** The descriptions of scripts the slot validated, so that a script built again is evaluated once (`describedScripts.ts`). */
  readonly described: DescribedScripts;
  /** Raises the kernel's memory cap for a build's export (`wasmGuard.ts`); none: one cap throughout. */
  readonly memoryGuard?: WasmMemoryGuard | undefined;
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
 * The kernel part of the job runs synchronously; a mesh format's bytes are then written from
 * plain data (the GLB writer is asynchronous), bounded by the mesh triangle limit.
 */
export async function runJob(job: SlotJob, runtime: SlotRuntime): Promise<JobOutcome> {
  const outcome = runKernelPart(job, runtime);
  if (!("half" in outcome)) return outcome;
  try {
    const { bytes, timings } = await finishBuild(outcome.half);
    // Writing the bytes is part of the job's CPU as of its export's (the kernel half's cpuMs ends before it).
    const cpuMs = outcome.reply.timings.cpuMs + timings.exportCpuMs - outcome.half.timings.exportCpuMs;
    return { ...success({ ...outcome.reply, timings: { ...outcome.reply.timings, exportMs: timings.exportMs, exportCpuMs: timings.exportCpuMs, cpuMs }, bytes: ownBuffer(bytes) }), recycle: outcome.recycle, internalMessage: outcome.internalMessage };
  } catch (error) {
    return failure(error, undefined);
  }
}

type KernelOutcome = JobOutcome | { half: KernelHalf; reply: Omit<SlotSuccess, "ok" | "bytes">; recycle: RecycleReason | undefined; internalMessage?: string };

/**
 * A stack overflow caught anywhere during the job (counted by the hook of shared/stackOverflow.ts)
 * retires the slot as an escaped one does; the slot checks the count again after the script's
 * microtasks (`slot/invariants.ts`).
 */
function runKernelPart(job: SlotJob, runtime: SlotRuntime): KernelOutcome {
  const overflowsBefore = stackOverflowsSeen();
  const outcome = runCaught(job, runtime);
  const seen = stackOverflowsSeen() - overflowsBefore;
  if (seen === 0 || outcome.recycle !== undefined || runtime.retireOnCaughtOverflow === false) return outcome;
  return { ...outcome, recycle: "overflow", internalMessage: `a stack overflow was caught during the build (seen by ${seen} frame(s) or catch sites)` };
}

function runCaught(job: SlotJob, runtime: SlotRuntime): KernelOutcome {
  resetRealmErrorState();
  try {
    return runScoped(job, runtime);
  } catch (error) {
    // Only a failure while reporting a failure gets here (e.g. a stack overflow in the catch).
    return { reply: { ok: false, error: { code: "INTERNAL", message: "the build failed unexpectedly" } }, recycle: isStackOverflow(error) ? "overflow" : "internal" };
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

/**
 * Loading (the script's top level), describing and building all run in one kernel scope, so
 * every kernel object the script makes, at its top level too, is freed when the job ends. A
 * scope that kernel code reports as interrupted retires the slot even when the job succeeded.
 */
function runScoped(job: SlotJob, runtime: SlotRuntime): KernelOutcome {
  let compiled: CompiledScript | undefined;
  let buildScope: KernelScope | undefined;
  let outcome: KernelOutcome;
  try {
    compiled = compiledScriptOf(job.script);
    const script = compiled;
    const memo = job.memoTenant === undefined ? undefined : runtime.memo;
    outcome = withMemoSession(memo, job.memoTenant ?? "", () =>
      withScope((scope) => {
        buildScope = scope;
        return runInScope(job, runtime, script);
      }));
  } catch (error) {
    outcome = failure(error, compiled);
  }
  const interrupted = buildScope?.interrupted;
  if (interrupted === undefined || ("recycle" in outcome && outcome.recycle !== undefined)) return outcome;
  const recycle: RecycleReason = /overflow/.test(interrupted) ? "overflow" : "kernel";
  return "half" in outcome ? { ...outcome, recycle, internalMessage: interrupted } : { ...outcome, recycle, internalMessage: interrupted };
}

/**
 * The script of a job as the modelling side takes it. A script the slot keeps (`keptScripts.ts`)
 * arrives as the same frozen data each time, so what it makes of it (its source map parsed, its
 * export locations) is made once; data sent whole is new each time and held only weakly.
 */
const compiledScripts = new WeakMap<CompiledScriptData, CompiledScript>();
function compiledScriptOf(data: CompiledScriptData): CompiledScript {
  const known = compiledScripts.get(data);
  if (known !== undefined) return known;
  const compiled = fromCompiledData(data);
  if (Object.isFrozen(data)) compiledScripts.set(data, compiled);
  return compiled;
}

function runInScope(job: SlotJob, runtime: SlotRuntime, compiled: CompiledScript): KernelOutcome {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpuAtStart);
    return (used.user + used.system) / 1000;
  };
  const hitsAtStart = runtime.memo?.stats.hits ?? 0;
  const { loaded, published } = loadInSlot(compiled, runtime);
  const half = runKernelHalf(loaded, job, started, {
    describe: () => published,
    beforeRun: (values) => {
      // What the validating evaluation (or its METADATA getters) did to the realm's Error must not reach the build's.
      resetRealmErrorState();
      runtime.evaluator.setSeed(seedOf(compiled.sha256, values));
    },
    readResult,
    ...(runtime.memoryGuard === undefined ? {} : { exporting: runtime.memoryGuard.exporting }),
  });
  const reused = job.memoTenant === undefined || runtime.memo === undefined ? {} : { reusedOperations: runtime.memo.stats.hits - hitsAtStart };
  const reply = { description: half.description, values: plainCopy(half.values), timings: { ...half.timings, cpuMs: cpuMs(), ...reused } };
  if (half.prepared === undefined) return success({ ...reply, bytes: NO_BYTES });
  return { half, reply, recycle: undefined };
}

/**
 * The script described: from the slot's kept description when it validated this compiled script
 * before (no evaluation; the build's own evaluation follows), else by evaluating and validating it
 * under the script's own seed, which is then kept. Either way the build that follows evaluates the
 * script once more, under the seed of its values, in a realm whose Error state was reset: the same
 * evaluation, seen the same way, whether the description was kept or not. `published` is the
 * description the reply carries: made, checked and copied to JSON data once, when the slot
 * validates the script, and then frozen throughout, so a repeat build sends the same plain object.
 */
function loadInSlot(compiled: CompiledScript, runtime: SlotRuntime): { loaded: LoadedScript; published: ModelDescription } {
  const options = { scope: runtime.scope, evaluator: runtime.evaluator.evaluate };
  const known = runtime.described.find(compiled);
  if (known !== undefined) return { loaded: loadDescribedModelScript(compiled, known, options), published: known.published };
  runtime.evaluator.setSeed(seedOf(compiled.sha256));
  const loaded = loadCompiledModelScript(compiled, options);
  const { metadata, uom, version, parameters, presets } = loaded;
  const published = deepFreeze(plainCopy(describe(loaded)));
  runtime.described.remember(compiled, Object.freeze({ metadata, uom, version, parameters, presets, published }));
  return { loaded, published };
}

function success(reply: Omit<SlotSuccess, "ok">): JobOutcome {
  return { reply: { ok: true, ...reply }, recycle: undefined };
}

/** `resultParts`, with anything a hostile result throws while being read reported as INVALID_RESULT. */
function readResult(result: unknown, modelName: string): ReturnType<typeof resultParts> {
  try {
    return resultParts(result, modelName);
  } catch (error) {
    if (knownError(error) !== undefined) throw error;
    noteStackOverflow(error);
    throw new PartforgeError("INVALID_RESULT", "build() returned a value that could not be read (it threw while being inspected)");
  }
}

/**
 * The reply for a failed job, and whether the slot must go: `compiled` (when the script got that
 * far) tells the script's own frames from partforge's in the original error's stack.
 */
function failure(error: unknown, compiled: CompiledScript | undefined): JobOutcome {
  const known = knownError(error);
  if (known === undefined) {
    return {
      reply: { ok: false, error: { code: "INTERNAL", message: "the build failed unexpectedly" } },
      recycle: isStackOverflow(error) ? "overflow" : "internal",
      internalMessage: isNativeError(error) && !isProxy(error) ? `${error.name}: ${error.message}` : typeof error,
    };
  }
  const data = plainCopy(known.toData());
  data.message = data.message.length > MAX_MESSAGE_CHARACTERS ? `${data.message.slice(0, MAX_MESSAGE_CHARACTERS)}…` : data.message;
  const recycle = recycleAfter(known, compiled);
  return { reply: { ok: false, error: data }, recycle, ...(recycle === "internal" ? { internalMessage: `raised inside partforge: ${data.message}` } : {}) };
}

/** A real PartforgeError made by partforge code (not a Proxy or a forgery with a bad code). */
function knownError(value: unknown): PartforgeError | undefined {
  if (typeof value !== "object" || value === null || isProxy(value) || !isNativeError(value)) return undefined;
  return value instanceof PartforgeError && isErrorCode(value.code) && typeof value.message === "string" ? value : undefined;
}

/**
 * A kernel trap, a stack overflow or an error raised inside partforge's own code (not one the
 * script threw, nor a catalogued partforge error) may have left state halfway: do not reuse the slot.
 */
function recycleAfter(error: PartforgeError, compiled: CompiledScript | undefined): RecycleReason | undefined {
  if (error.code === "MEMORY_LIMIT") return "memory";
  if (error.code === "INTERNAL") return "internal";
  if (error.cause instanceof WebAssembly.RuntimeError) return "kernel";
  if (isStackOverflow(error)) return "overflow";
  if (compiled !== undefined && knownError(error.cause) === undefined && isNativeError(error.cause) && raisedOutsideScript(error.cause, compiled)) return "internal";
  return undefined;
}

/**
 * The same build (script + values) always sees the same `Math.random` sequence: the SHA-256 of
 * the script's SHA-256 followed by its values' JSON. One-shot `hash` of the joined text, the same
 * digest as a `createHash` fed the two parts, without the Hash object (a stream) made per build.
 */
function seedOf(sha256: string, values?: Readonly<Record<string, ParamValue>>): Seed {
  const digest = values === undefined ? sha256 : hash("sha256", sha256 + JSON.stringify(values), "hex");
  return [0, 1, 2, 3].map((i) => Number.parseInt(digest.slice(i * 8, i * 8 + 8), 16) | 0) as unknown as Seed;
}

/** JSON data only: no getters, Proxies or shared objects reach the IPC serialiser. */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A Uint8Array that owns its whole buffer. Node's IPC serialiser writes only a view's own bytes,
 * so this is not about size: a view into kernel memory would be a window onto memory the next
 * job reuses (and that a heap growth detaches), so the reply carries a copy it alone holds. The
 * exporters' bytes are normally their own already, and then nothing is copied.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}
