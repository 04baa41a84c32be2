/**
 * The CPU a slot's processes have used, read from outside them (Linux `/proc/<pid>/stat`), so that
 * a job its slot never answered — stopped at its time limit, cancelled, or ended with its slot —
 * is charged the CPU it used: the slot's own report (`process.cpuUsage`, sent with its reply) never
 * comes for such a job, and with N kernel threads it may have used up to N times its slot time.
 * Read from outside because the slot's main thread may be the one stuck (an endless loop, a long
 * WebAssembly call): a running total the slot sent would stop exactly then.
 *
 * The pool spawns a wrapper (setpriv → unshare → sh, see launch.ts) or the slot's Node itself; the
 * script runs in the deepest process. Their files are located once, when the slot is ready, and
 * kept open: a read then costs one `pread` (~8–25 µs, against ~60–110 µs for opening the file each
 * time, measured on a loaded 2-core machine), and a file opened for a process that has ended reads
 * as an error, never as another process that took its pid. Elsewhere than Linux, or when these
 * files cannot be read or make no sense, `locate` answers undefined and jobs are charged as before
 * (their slot time, or the CPU their slot reported).
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";

/**
 * Clock ticks per second of `/proc`'s times. The kernel reports them in USER_HZ, which is 100 on
 * every architecture Node runs on Linux (x64, arm64, arm, ppc64, s390x, riscv64, loong64; only
 * Alpha's differs), so it is not asked of `getconf CLK_TCK` (a process start per pool).
 */
const TICKS_PER_SECOND = 100;
const MS_PER_TICK = 1000 / TICKS_PER_SECOND;
/** A stat line is ~300 bytes (the command name at most 64). */
const STAT_BYTES = 1024;

/** Fields of `/proc/<pid>/stat` (proc(5), numbered from 1), counted from the state's (3), the first after the command name. */
const FIELD_PGRP = 5 - 3;
const FIELD_UTIME = 14 - 3;
const FIELD_CSTIME = 17 - 3;

/** What a process's stat line says of its group and CPU. */
export interface StatCpu {
  /** Its process group. */
  pgrp: number;
  /** utime + stime + cutime + cstime: its own CPU (all its threads) and that of the children it has reaped, in ms. */
  cpuMs: number;
}

/** Reads a `/proc/<pid>/stat` line; undefined when it is not one. */
export function parseStatCpu(line: string): StatCpu | undefined {
  // The command name (field 2) may hold spaces and parentheses: fields resume after the last ')'.
  const close = line.lastIndexOf(")");
  if (close === -1) return undefined;
  const fields = line.slice(close + 2).split(" ");
  const numbers = [FIELD_PGRP, FIELD_UTIME, FIELD_UTIME + 1, FIELD_UTIME + 2, FIELD_CSTIME].map((index) => fields[index]);
  if (!numbers.every((field) => field !== undefined && /^\d+$/.test(field))) return undefined;
  const [pgrp, ...times] = numbers.map(Number) as [number, ...number[]];
  return { pgrp, cpuMs: times.reduce((sum, ticks) => sum + ticks, 0) * MS_PER_TICK };
}

/** The open stat files of a slot's processes: the spawned one first, each before its children. */
export class SlotCpu {
  readonly #files: number[];
  readonly #group: number;
  readonly #buffer = Buffer.alloc(STAT_BYTES);
  /** The CPU of every process but the slot's Node, when located: they only wait for their child. */
  #wrappersMs = 0;
  #closed = false;

  private constructor(files: number[], group: number) {
    this.#files = files;
    this.#group = group;
  }

  /**
   * The processes of the slot spawned as `pid` (the leader of its own process group), found by
   * following `/proc/<pid>/task/<pid>/children` down; undefined when they cannot be read.
   * `procRoot` is for tests.
   */
  static locate(pid: number | undefined, procRoot = "/proc"): SlotCpu | undefined {
    if (pid === undefined || (process.platform !== "linux" && procRoot === "/proc")) return undefined;
    const files: number[] = [];
    try {
      for (let frontier = [pid]; frontier.length > 0 && files.length < 16; ) {
        const next: number[] = [];
        for (const member of frontier) {
          files.push(openSync(`${procRoot}/${member}/stat`, "r"));
          next.push(...childrenOf(procRoot, member));
        }
        frontier = next;
      }
    } catch {
      // A process that is gone, a /proc without children files (CONFIG_PROC_CHILDREN): read what was opened.
    }
    if (files.length === 0) return undefined;
    const clock = new SlotCpu(files, pid);
    const readings = files.map((file) => clock.#read(file));
    // Only the slot's own group (a pid taken by another process meanwhile is not), read whole.
    if (readings.some((reading) => reading?.pgrp !== pid)) {
      clock.close();
      return undefined;
    }
    clock.#wrappersMs = readings.slice(0, -1).reduce((sum, reading) => sum + reading!.cpuMs, 0);
    return clock;
  }

  /**
   * The slot's CPU now as `nowMs` will count it, for a job's start: the wrappers' as located
   * (waiting costs them nothing) and the slot's Node's read now, one read.
   */
  startMs(): number | undefined {
    const node = this.#read(this.#files.at(-1)!);
    return node === undefined || node.pgrp !== this.#group ? undefined : this.#wrappersMs + node.cpuMs;
  }

  /**
   * The CPU every process of the slot has used until now, reaped ones included in the parent that
   * reaped them; a process already gone with its parent adds nothing. Parents are read before
   * their children, so a child reaped between the two reads is missed, never counted twice.
   */
  nowMs(): number | undefined {
    let totalMs: number | undefined;
    for (const file of this.#files) {
      const reading = this.#read(file);
      if (reading !== undefined && reading.pgrp === this.#group) totalMs = (totalMs ?? 0) + reading.cpuMs;
    }
    return totalMs;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const file of this.#files) closeSync(file);
  }

  #read(file: number): StatCpu | undefined {
    if (this.#closed) return undefined;
    try {
      const length = readSync(file, this.#buffer, 0, STAT_BYTES, 0);
      return parseStatCpu(this.#buffer.toString("latin1", 0, length));
    } catch {
      // ESRCH: the process has ended.
      return undefined;
    }
  }
}

function childrenOf(procRoot: string, pid: number): number[] {
  return readFileSync(`${procRoot}/${pid}/task/${pid}/children`, "latin1")
    .split(" ")
    .filter((field) => /^\d+$/.test(field))
    .map(Number);
}
