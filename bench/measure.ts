import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
/** Small timing helpers for `npm run bench`: medians over repeated runs, in the same process. */

export async function timeOnce<T>(body: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await body();
  return { ms: performance.now() - started, value };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function medianMs(runs: number, body: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timeOnce(body)).ms);
  return median(times);
}

/** The geometric mean of ratios; NaN when there are none. */
export function geomean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

export function formatMiB(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Prints rows as an aligned text table. */
export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n## ${title}\n`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

/**
 * CPU time the hypervisor gave to others while `body` ran, as a share of all CPU time (Linux
 * `/proc/stat` "steal"); undefined where that is not readable. A high share means the machine
 * was contended and every number of the section is low.
 */
export async function stealShare(body: () => Promise<void>): Promise<number | undefined> {
  const read = async (): Promise<{ steal: number; total: number } | undefined> => {
    try {
      const line = (await readFile("/proc/stat", "utf8")).split("\n")[0]!;
      const fields = line.trim().split(/\s+/).slice(1).map(Number);
      return { steal: fields[7] ?? 0, total: fields.reduce((sum, value) => sum + value, 0) };
    } catch {
      return undefined;
    }
  };
  const before = await read();
  await body();
  const after = await read();
  if (before === undefined || after === undefined || after.total === before.total) return undefined;
  return (after.steal - before.steal) / (after.total - before.total);
}

/** Wall and CPU milliseconds of one `body`, which returns the CPU milliseconds it spent in another process (a build slot), or 0. */
export async function wallAndCpu(body: () => Promise<number>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const extraCpuMs = await body();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 + extraCpuMs };
}

/** CPU time a thread has run, in milliseconds. */
export function threadCpuMs(pid: number, tid = pid): number {
  return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
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
