/**
 * The messages between the pool (parent) and a build slot (child process), over Node's IPC
 * channel with `serialization: "advanced"` (V8 serialisation: a `Uint8Array` travels as raw
 * bytes, not as JSON). Everything here is plain data: nothing crosses as a thrown object.
 *
 * parent → slot: `init` once, then `job` messages one at a time.
 * slot → parent: `ready` after warm-up (or `failed`), then one `done` per `job`.
 */
import type { EncodedSourceMap } from "@jridgewell/trace-mapping";
import type { ScriptLanguage } from "../../modelscript/index.ts";
import type { ErrorData, SourceLocation } from "../../shared/errors.ts";
import type { KernelHalf, PipelineJob } from "../pipeline.ts";
import type { PhaseTimings } from "../result.ts";

/** A `CompiledScript` as data: what the slot needs to evaluate it and map stack frames back. */
export interface CompiledScriptData {
  language: ScriptLanguage;
  fileName: string;
  virtualFileName: string;
  source: string;
  sha256: string;
  code: string;
  sourceMap: EncodedSourceMap;
  exportLocations: Array<[string, SourceLocation]>;
  partforgeImports: Array<[string, SourceLocation | null]>;
}

/** One unit of work for a slot: describe a script, or build and export it (see `../pipeline.ts`). */
export interface SlotJob extends PipelineJob {
  script: CompiledScriptData;
  /** Whose operation memo the job may use and fill (its account); absent: none (warm-up builds). */
  memoTenant?: string;
}

/** The pipeline's product as it crosses back from the slot: plain data; `bytes` is empty for a describe job. */
export interface SlotSuccess extends Pick<KernelHalf, "description" | "values"> {
  ok: true;
  bytes: Uint8Array;
  /** Wall times of the job's phases, and the slot's CPU time for the whole job. */
  timings: PhaseTimings;
}

export interface SlotFailure {
  ok: false;
  error: ErrorData;
}

export type SlotReply = SlotSuccess | SlotFailure;

/**
 * A reply as it crosses back: a success leaves its description out when it is the very one the
 * slot sent before for the same kept script (a repeat build's is: a slot keeps one frozen
 * description per script it validated, see `slot/runJob.ts`), and the pool, which keeps what it
 * was sent for that script (`scriptsInSlot.ts`), puts it back.
 */
export type SentReply = SlotFailure | (Omit<SlotSuccess, "description"> & { description?: SlotSuccess["description"] });

/**
 * Why a slot asks to be replaced after a job. `overflow`: a stack overflow anywhere, even one the script caught inside kernel code;
 * `internal`: an exception raised inside partforge code rather than the script's frames;
 * `integrity`: an end-of-build invariant failed (open kernel scopes, kernel objects made outside a build).
 */
export type RecycleReason = "builds" | "wasm" | "timeout" | "memory" | "crash" | "kernel" | "overflow" | "internal" | "integrity" | "cancel";

/** What the slot knows about itself after a job, for recycling decisions and `health()`. */
export interface SlotStats {
  /** The kernel's WebAssembly memory when the reply was sent (the pool recycles a slot past its limit). */
  wasmBytes: number;
  /**
   * JS heap in use and resident memory as read at rest after the slot's previous reply (or its
   * warm-up): read before a reply, resident memory alone took ~0.06 ms of it, for `health()` only.
   */
  heapUsedBytes: number;
  rssBytes: number;
}

export interface SlotConfig {
  /** Built before the slot reports ready, so V8 has optimised the build path. */
  warmup: SlotJob[];
  /** The WebAssembly memory cap of a build outside its export, in bytes (`BuildPoolOptions.wasmMaxPages`; `slot/wasmGuard.ts` enforces it). */
  wasmMaxBytes: number;
  /** The cap while the build exports, in bytes: the slot's `--wasm-max-mem-pages` (`BuildPoolOptions.exportWasmMaxPages`). */
  exportWasmMaxBytes: number;
  /** Whether a caught stack overflow retires the slot (`BuildPoolOptions.retireOnCaughtOverflow`). */
  retireOnCaughtOverflow: boolean;
  /** Threads the slot's kernel may use (`BuildPoolOptions.kernelThreads`). */
  kernelThreads: number;
  /** The module each of a multi-threaded kernel's worker threads starts from (the bundled `slot/kernelThread.ts`); needed when `kernelThreads` is above 1. */
  kernelThreadEntry?: string;
  /** The slot's operation memo budget in bytes of estimated kernel memory; 0: no memo. */
  memoBudgetBytes: number;
  /** Operations faster than this (ms) are keyed but not kept (`BuildPoolOptions.memoKeepMinMs`); absent: the memo's default. */
  memoKeepMinMs?: number;
}

/**
 * A job as it crosses to the slot: its script whole, or — when this slot was sent the same
 * compiled script before and keeps it — only the number the pool gave it (`scriptsInSlot.ts`,
 * `slot/keptScripts.ts`): a Python script carries its ~140 KB runtime, which a customizer's
 * rebuilds would otherwise copy through the IPC pipe every time.
 */
export interface SentJob extends Omit<SlotJob, "script"> {
  script: CompiledScriptData | { kept: number };
  /** Keep this job's (whole) script under this number for later jobs. */
  keepScriptAs?: number;
  /** Scripts the slot no longer needs to keep, by number (the pool's bound, least recently used first). */
  dropScripts?: number[];
}

export type ParentMessage = { type: "init"; config: SlotConfig } | { type: "job"; id: number; job: SentJob };

export type SlotMessage =
  | { type: "ready"; startupMs: number; warmupMs: number; /** Warm-up builds that failed (the slot started without them). */ warmupFailures: string[]; stats: SlotStats }
  | { type: "failed"; message: string }
  | {
      type: "done";
      id: number;
      reply: SentReply;
      stats: SlotStats;
      /**
       * CPU time the slot's process used on the job, from receiving it to replying, in ms: every
       * thread's (process.cpuUsage), the kernel's pool threads' too, so a build whose Booleans or
       * meshing ran in parallel (`kernelThreads` above 1) is charged what they used.
       */
      cpuMs: number;
      recycle: RecycleReason | undefined;
      /** For the pool's log only (what an unexpected failure said); never sent to clients. */
      internalMessage: string | undefined;
    };

/** Exit code a slot uses when WebAssembly memory cannot grow any further (see `wasmGuard.ts`). */
export const EXIT_WASM_MEMORY = 87;

/** Likewise, while the build was exporting (meshing, or writing STEP), under the export's higher cap. */
export const EXIT_WASM_MEMORY_EXPORT = 88;

/**
 * A kernel worker thread cannot end its process with an exit code (`process.exit` ends only the
 * thread): it writes this line to stderr, then kills the process with SIGKILL (`wasmGuard.ts`).
 */
export function kernelThreadExitLine(code: number): string {
  return `partforge-slot: a kernel thread ends the process with exit code ${code}\n`;
}

/** The line, last on stderr but for the PID namespace's shell reporting its child "Killed" (`launch.ts`). */
const KERNEL_THREAD_EXIT = /partforge-slot: a kernel thread ends the process with exit code (\d+)\n(?:[^\n]*Killed[^\n]*\n)?$/;

/** The exit code a kernel thread gave a process it killed: SIGKILL right after `kernelThreadExitLine`, the last thing the slot wrote to stderr. */
export function kernelThreadExit(signal: string | null, stderrTail: string): number | undefined {
  if (signal !== "SIGKILL") return undefined;
  const match = KERNEL_THREAD_EXIT.exec(stderrTail);
  return match === null ? undefined : Number(match[1]);
}

export function isSlotMessage(value: unknown): value is SlotMessage {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === "ready" || type === "failed" || type === "done";
}

export function isParentMessage(value: unknown): value is ParentMessage {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === "init" || type === "job";
}
