/**
 * The pool's handle on one slot process: starts it, waits for its warm-up, runs one job at a
 * time under the job's time limit (the slot is killed when it passes) and turns every way the
 * process can end mid-job into error data.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import type { ErrorData } from "../../shared/errors.ts";
import { EXPORT_FORMATS } from "../../exporters/formats.ts";
import { cancelledError } from "../result.ts";
import type { SlotLaunch } from "./launch.ts";
import { ScriptsInSlot } from "./scriptsInSlot.ts";
import { SlotCpu } from "./slotCpu.ts";
import { EXIT_WASM_MEMORY, EXIT_WASM_MEMORY_EXPORT, isSlotMessage, kernelThreadExit, type ParentMessage, type RecycleReason, type SlotConfig, type SlotJob, type SlotMessage, type SlotReply, type SlotStats } from "./protocol.ts";

/** A slot's life: warming up, waiting for a job, running one, told to stop, gone. */
export const SLOT_STATES = ["starting", "idle", "busy", "retiring", "exited"] as const;
export type SlotState = (typeof SLOT_STATES)[number];

/** What a job ended with: never a thrown error. */
export interface JobResult {
  reply: SlotReply;
  /** Set when this slot must not take another job. */
  recycle: RecycleReason | undefined;
  internalMessage: string | undefined;
  /** Wall time from handing the job to the slot until its answer (or its end). */
  slotMs: number;
  /**
   * CPU time of the slot's process (all its threads) on the job: as the slot reported it with its
   * answer, or, for a job it did not answer (a time limit, a cancel, a slot that ended), as read
   * from outside (`slotCpu.ts`) before the kill or when its end was seen; absent when it could not be read.
   */
  cpuMs?: number;
}

export interface SlotLimits {
  heapMb: number;
  wasmMaxBytes: number;
  /** The kernel memory cap while a build exports (`SlotConfig.exportWasmMaxBytes`). */
  exportWasmMaxBytes: number;
  /** How long to start and warm up before the slot counts as failed. */
  startupTimeoutMs: number;
}

interface RunningJob {
  id: number;
  job: SlotJob;
  started: number;
  /** Stopped by its caller (`abort`), not by a limit or a fault. */
  cancelled: boolean;
  limitMs: number;
  /** The slot's CPU when the job was sent (`SlotCpu.startMs`), for a job it does not answer. */
  cpuAtStartMs: number | undefined;
  /** The CPU it used, read from outside once it is stopped or its slot ended (`#readCpu`). */
  cpuMs?: number;
  resolve(result: JobResult): void;
}

const STDERR_TAIL_BYTES = 8192;
const JS_HEAP_EXHAUSTED = /heap out of memory|Reached heap limit|Ineffective mark-compacts|invalid (?:table|array) size|Fatal JavaScript invalid size error|Allocation failed/i;

export class SlotProcess {
  readonly id: number;
  state: SlotState = "starting";
  buildsServed = 0;
  stats: SlotStats | undefined;
  readonly startedAt = performance.now();
  /** Milliseconds from spawn to ready, once ready. */
  startupMs: number | undefined;
  /** Warm-up builds that failed, as the slot reported them when ready (it started without them). */
  warmupFailures: readonly string[] = [];
  /** Resolves when warm and ready; rejects when the slot could not start. */
  readonly ready: Promise<void>;
  /** Resolves once the process has ended and its output is closed. */
  readonly exited: Promise<void>;
  /** True when the process ended while a job was running. */
  exitedMidJob = false;

  #child: ChildProcess;
  #limits: SlotLimits;
  #job: RunningJob | undefined;
  /**
   * The running job's time limit: one timer for all of this process's jobs, set again for each
   * (`refresh`) rather than made and cleared per job (which cost the pool's process a timer list
   * made and dropped per job). Left armed after a job: when it fires with no job, or for a job
   * whose limit is still ahead, `#timeUp` does nothing or sets it for the rest. Cleared when the
   * process ends.
   */
  #limitTimer: NodeJS.Timeout | undefined;
  #limitTimerMs = 0;
  #nextJobId = 1;
  /** The compiled scripts this process keeps, so a repeat sends only a number (`scriptsInSlot.ts`). */
  readonly #scripts = new ScriptsInSlot();
  #stderrTail = "";
  /** Reads the CPU of the slot's processes from outside, once ready (undefined where that cannot be done). */
  #cpu: SlotCpu | undefined;
  #onExit: (slot: SlotProcess) => void;
  #signalAsExitStatus: boolean;
  #markExited: () => void = () => undefined;

  constructor(id: number, launch: SlotLaunch, config: SlotConfig, limits: SlotLimits, onExit: (slot: SlotProcess) => void) {
    this.id = id;
    this.#limits = limits;
    this.#onExit = onExit;
    this.#signalAsExitStatus = launch.signalAsExitStatus;
    this.#child = spawn(launch.command, launch.args, {
      env: {},
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
      windowsHide: true,
      // Its own process group, so kill() reaches the whole tree (see there).
      detached: process.platform !== "win32",
    });
    this.#child.stderr?.setEncoding("utf8");
    this.#child.stderr?.on("data", (chunk: string) => {
      this.#stderrTail = (this.#stderrTail + chunk).slice(-STDERR_TAIL_BYTES);
    });
    this.exited = new Promise<void>((resolve) => {
      this.#markExited = resolve;
    });
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`slot ${id} did not become ready within ${limits.startupTimeoutMs} ms`));
        this.kill();
      }, limits.startupTimeoutMs);
      const onMessage = (message: unknown) => {
        if (!isSlotMessage(message)) return;
        if (message.type === "ready") {
          clearTimeout(timer);
          this.startupMs = performance.now() - this.startedAt;
          this.warmupFailures = message.warmupFailures;
          this.stats = message.stats;
          this.#cpu = SlotCpu.locate(this.#child.pid);
          this.state = "idle";
          resolve();
        } else if (message.type === "failed") {
          clearTimeout(timer);
          reject(new Error(`slot ${id} failed to start: ${message.message}`));
          this.kill();
        } else {
          this.#finish(message);
        }
      };
      this.#child.on("message", onMessage);
      // "close", not "exit": stderr is complete by then, and it tells a JS heap exhaustion apart.
      this.#child.once("close", (wrapperCode: number | null, wrapperSignal: NodeJS.Signals | null) => {
        clearTimeout(timer);
        const { code, signal } = kernelThreadExitSeen(realExit(wrapperCode, wrapperSignal, this.#signalAsExitStatus), this.#stderrTail);
        if (this.state === "starting") reject(new Error(`slot ${id} exited while starting (${exitText(code, signal)}): ${this.#stderrTail.trim().slice(-500)}`));
        this.#exited(code, signal);
      });
      // Not once: a message that could not be written reports here too (`#send`), and then the slot is killed.
      this.#child.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
        this.kill();
      });
      // The channel closes as the slot's Node ends: its CPU is still readable then (its wrappers, or
      // its zombie, are not yet reaped), unlike at "close".
      this.#child.on("disconnect", () => {
        if (this.#job !== undefined) this.#readCpu(this.#job);
      });
    });
    this.ready.catch(() => undefined);
    this.#send({ type: "init", config });
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** The last lines the process wrote to stderr (for the operator's log, never for clients). */
  get stderrTail(): string {
    return this.#stderrTail;
  }

  /**
   * Runs `job` under a time limit of `limitMs`, counted from now (sending it) to its answer, so it
   * covers the whole job in the slot: loading the script, describing it, building, exporting.
   * When the limit passes, the process is killed and the job answers TIMEOUT (see `#timeUp`).
   */
  run(job: SlotJob, limitMs: number): Promise<JobResult> {
    if (this.state !== "idle" || this.#job !== undefined) throw new Error(`slot ${this.id} is not idle`);
    this.state = "busy";
    const id = this.#nextJobId++;
    return new Promise<JobResult>((resolve) => {
      const running: RunningJob = { id, job, started: performance.now(), cancelled: false, limitMs, cpuAtStartMs: undefined, resolve };
      this.#job = running;
      this.#send({ type: "job", id, job: this.#scripts.send(job) });
      // Read once the job is on its way (one pread: ~6 µs of this process's CPU, measured; a /proc tick is 10 ms).
      running.cpuAtStartMs = this.#cpu?.startMs();
      // Armed once the job is on its way, not before (arming a timer took ~0.02 ms of the way there);
      // the limit still counts from `started`: `#timeUp` waits out whatever remains of it.
      if (this.#job === running) this.#armLimit(limitMs);
    });
  }

  /**
   * Stops the running job for its caller: the process is killed (a script in a busy loop hears
   * nothing gentler) and the job answers CANCELLED; the pool replaces the slot.
   */
  abort(): void {
    const job = this.#job;
    if (job === undefined) return;
    job.cancelled = true;
    this.kill();
  }

  /**
   * The job's time limit has passed: the slot is killed — nothing gentler stops a script's
   * endless loop or a long WebAssembly call, and the slot has no watchdog of its own (Node's
   * `vm` timeout starts and joins a thread for every call, about 0.2 ms of every build) — and the
   * job answers TIMEOUT at once, asking for the slot to be replaced, without waiting for the
   * process to be gone. A timer that fires early (Node's timers count from the event loop's
   * cached time) is set again for the rest, so a job always gets its whole limit.
   */
  #timeUp(): void {
    const job = this.#job;
    if (job === undefined) return;
    const remainingMs = job.started + job.limitMs - performance.now();
    if (remainingMs > 0) {
      this.#armLimit(Math.ceil(remainingMs));
      return;
    }
    this.#readCpu(job);
    this.#job = undefined;
    this.state = "retiring";
    this.kill();
    const error: ErrorData = { code: "TIMEOUT", message: `the build exceeded its time limit of ${job.limitMs / 1000} s and was stopped` };
    job.resolve({ reply: { ok: false, error }, recycle: "timeout", internalMessage: undefined, slotMs: performance.now() - job.started, cpuMs: job.cpuMs });
  }

  /**
   * Ends the process now (SIGKILL: a runaway slot ignores anything gentler). The whole process
   * group is killed, not only the wrapper: `unshare --kill-child` arms its child's death signal
   * only after forking, so a wrapper killed in that window (seen under load, while the slot was
   * starting) left a working slot behind that held the pipes open and was never seen to exit.
   */
  kill(): void {
    if (this.state === "exited") return;
    // A running job's CPU, before its processes go (`#readCpu`).
    if (this.#job !== undefined) this.#readCpu(this.#job);
    const pid = this.#child.pid;
    if (pid !== undefined && process.platform !== "win32") {
      try {
        process.kill(-pid, "SIGKILL");
        return;
      } catch {
        // No such group (already gone): fall back to the process itself.
      }
    }
    this.#child.kill("SIGKILL");
  }

  /**
   * Lets go of a slot that was killed but whose process tree has not closed its pipes (a process
   * left behind in the namespace would keep the pool's process alive for good): our ends of its
   * pipes and its IPC channel are closed (the slot exits when the channel goes) and the handle no
   * longer keeps the event loop alive. Used only by the pool's close after a grace period.
   */
  abandon(): void {
    this.kill();
    clearTimeout(this.#limitTimer);
    this.#cpu?.close();
    this.#child.stdout?.destroy();
    this.#child.stderr?.destroy();
    if (this.#child.connected) this.#child.disconnect();
    this.#child.unref();
  }

  /** Takes the slot out of service and ends it. */
  retire(): void {
    if (this.state === "exited") return;
    this.state = "retiring";
    this.kill();
  }

  /** Fires `#timeUp` in `ms`: the process's one limit timer, set again when it has that delay already. */
  #armLimit(ms: number): void {
    if (this.#limitTimer !== undefined && this.#limitTimerMs === ms) {
      this.#limitTimer.refresh();
      return;
    }
    clearTimeout(this.#limitTimer);
    this.#limitTimer = setTimeout(() => this.#timeUp(), ms);
    this.#limitTimerMs = ms;
  }

  /**
   * Records the CPU the slot's processes used on `job` since it was sent, once: before they are
   * killed (a time limit, a cancel), or when the slot's Node is seen to end (the channel closing),
   * the last moment /proc still has it. A job whose slot answers is charged what it reports instead.
   */
  #readCpu(job: RunningJob): void {
    if (job.cpuMs !== undefined || job.cpuAtStartMs === undefined) return;
    const nowMs = this.#cpu?.nowMs();
    if (nowMs !== undefined) job.cpuMs = Math.max(0, nowMs - job.cpuAtStartMs);
  }

  /** Sends `message`; one that cannot be written kills the slot (the child's "error" event, see the constructor). */
  #send(message: ParentMessage): void {
    if (!this.#child.connected) return;
    this.#child.send(message);
  }

  #finish(message: Extract<SlotMessage, { type: "done" }>): void {
    const job = this.#job;
    // A reply racing a cancel is ignored: the exit reports why (a job that ran out of time is no longer the slot's).
    if (job === undefined || job.id !== message.id || job.cancelled) return;
    this.#job = undefined;
    this.buildsServed += 1;
    this.stats = message.stats;
    if (this.state === "busy") this.state = "idle";
    const reply = this.#scripts.receive(job.job, message.reply);
    if (reply === undefined) {
      // The slot left out a description this side does not hold: answer, and replace it.
      const error: ErrorData = { code: "INTERNAL", message: "the build failed because of an internal error" };
      job.resolve({ reply: { ok: false, error }, recycle: "internal", internalMessage: `slot ${this.id} left out a description the pool does not hold`, slotMs: performance.now() - job.started, cpuMs: message.cpuMs });
      return;
    }
    job.resolve({ reply, recycle: message.recycle, internalMessage: message.internalMessage, slotMs: performance.now() - job.started, cpuMs: message.cpuMs });
  }

  #exited(code: number | null, signal: NodeJS.Signals | null): void {
    this.state = "exited";
    clearTimeout(this.#limitTimer);
    this.#cpu?.close();
    const job = this.#job;
    if (job !== undefined) {
      this.#job = undefined;
      this.exitedMidJob = true;
      const error = this.#deathCause(job, code, signal);
      const recycle: RecycleReason = job.cancelled ? "cancel" : error.code === "MEMORY_LIMIT" ? "memory" : "crash";
      const internalMessage = job.cancelled ? undefined : `slot ${this.id} ended mid-build (${exitText(code, signal)})`;
      job.resolve({ reply: { ok: false, error }, recycle, internalMessage, slotMs: performance.now() - job.started, cpuMs: job.cpuMs });
    }
    this.#markExited();
    this.#onExit(this);
  }

  /** Why a process that was building ended, as a client may read it (no host details). */
  #deathCause(job: RunningJob, code: number | null, signal: NodeJS.Signals | null): ErrorData {
    if (job.cancelled) return cancelledError();
    if (code === EXIT_WASM_MEMORY) {
      const mib = Math.round(this.#limits.wasmMaxBytes / 1024 / 1024);
      return { code: "MEMORY_LIMIT", message: `the build needed more than the geometry kernel's memory limit of ${mib} MiB and was stopped` };
    }
    if (code === EXIT_WASM_MEMORY_EXPORT) return { code: "MEMORY_LIMIT", message: exportMemoryMessage(job.job, this.#limits.exportWasmMaxBytes) };
    if (JS_HEAP_EXHAUSTED.test(this.#stderrTail)) {
      return { code: "MEMORY_LIMIT", message: `the build exceeded the script memory limit of ${this.#limits.heapMb} MiB and was stopped` };
    }
    return { code: "INTERNAL", message: `the build process ended unexpectedly (${exitText(code, signal)}); the build was abandoned` };
  }
}

/** Why an export ran out of kernel memory, and, for a mesh, the options that make it need less. */
export function exportMemoryMessage(job: Pick<SlotJob, "type" | "options">, limitBytes: number): string {
  const mib = Math.round(limitBytes / 1024 / 1024);
  const stopped = `the ${job.type.toUpperCase()} export needed more than the geometry kernel's memory limit for exports of ${mib} MiB and was stopped`;
  if (EXPORT_FORMATS[job.type].source !== "mesh") return stopped;
  const { tolerance, angularTolerance } = job.options;
  return `${stopped}; meshing a large face finely takes most of it: a coarser mesh needs less, so raise the angularTolerance option (now ${angularTolerance} rad) or the tolerance option (now ${tolerance} model units)`;
}

const SIGNAL_NAMES = new Map<number, NodeJS.Signals>(Object.entries(constants.signals).map(([name, number]) => [number, name as NodeJS.Signals]));

/** How Node itself ended: a wrapper that reports signal N as status 128 + N is seen through. */
export function realExit(code: number | null, signal: NodeJS.Signals | null, signalAsExitStatus: boolean): { code: number | null; signal: NodeJS.Signals | null } {
  if (signal !== null || code === null || !signalAsExitStatus || code <= 128) return { code, signal };
  const named = SIGNAL_NAMES.get(code - 128);
  return named === undefined ? { code, signal } : { code: null, signal: named };
}

/** A process a kernel thread killed to end it with an exit code (`kernelThreadExitLine`) ended with that code. */
function kernelThreadExitSeen(exit: { code: number | null; signal: NodeJS.Signals | null }, stderrTail: string): { code: number | null; signal: NodeJS.Signals | null } {
  const code = kernelThreadExit(exit.signal, stderrTail);
  return code === undefined ? exit : { code, signal: null };
}

const SIGNAL_MEANINGS: Partial<Record<NodeJS.Signals, string>> = {
  SIGKILL: "killed by SIGKILL: the system's out-of-memory killer or an operator",
  SIGSEGV: "crashed with SIGSEGV, a segmentation fault",
  SIGBUS: "crashed with SIGBUS, a bus error",
  SIGABRT: "aborted with SIGABRT",
  SIGILL: "crashed with SIGILL, an illegal instruction",
  SIGFPE: "crashed with SIGFPE, an arithmetic fault",
  SIGTERM: "terminated by SIGTERM",
  SIGXCPU: "stopped by SIGXCPU: it exceeded its CPU time limit",
};

function exitText(code: number | null, signal: NodeJS.Signals | null): string {
  return signal !== null ? (SIGNAL_MEANINGS[signal] ?? `ended by signal ${signal}`) : `exit code ${String(code)}`;
}
