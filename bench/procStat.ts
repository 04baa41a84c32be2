/**
 * Reading a slot's CPU time from Linux's /proc, for benchmarks that compare builds by the CPU
 * their slot's main thread spent (wall time on a shared 2-core machine also counts what other
 * processes and the slot's own V8 background threads took from it). Which slot process to read,
 * and when: ./quietSlot.ts and ./slotWindow.ts (not the pool's first slot, which after a
 * retirement is the retiring process or a replacement still warming up).
 */
import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time a thread has run, in milliseconds (`/proc/<pid>/task/<tid>/schedstat`, nanoseconds).
 * Compare totals over a batch of builds only: the kernel folds a running thread's time into
 * schedstat lazily (at a tick or a system call), so a short section can be charged another's time.
 */
export function threadCpuMs(pid: number, tid = pid): number {
  return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
}

/**
 * Time a thread was runnable but waited for a CPU, in milliseconds (`schedstat`'s second field):
 * what a busy machine, or the process's own background threads, took from it. A slot's main
 * thread during a build measured almost always running or waiting so (sampled: 5 in ~12,000
 * samples blocked on a futex, none on I/O), so its wall time is its CPU time plus this.
 */
export function threadWaitMs(pid: number, tid = pid): number {
  return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[1]) / 1e6;
}

/** The first Node process at or under `pid` (the pool spawns a wrapper: setpriv, unshare, sh). */
export function nodeProcessUnder(pid: number): number | undefined {
  if (readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("node")) return pid;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) {
      const found = nodeProcessUnder(Number(child));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** CPU time all threads of a process have run (user + system), in milliseconds: /proc/<pid>/stat, in clock ticks (100 per second on Linux). */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
