/**
 * How the customizer bench (../customizer.ts) turns its paired samples into the ratios it prints,
 * all in one way: per program, the total of ours over that program's configurations ÷ the total
 * of the other side's over the same configurations (a configuration where either figure is
 * missing, e.g. its slot was replaced so its CPU cannot be read, leaves both totals); then the
 * geometric mean of those per-program ratios over programs.
 *
 * Totals, not per-program medians: issue 15's customizer target is a workload ("for each program
 * and each of its numeric parameters in turn, N successive values … after one cold build"), and
 * the time a person waits over that workload is the sum of its rebuilds; a ratio of medians is
 * neither that nor a median of per-configuration ratios (the two sides' medians can fall on
 * different configurations: a parameter whose change rebuilds everything against one that reuses
 * nearly all), and per-build CPU from schedstat is unreliable where a batch's total is not
 * (../procStat.ts: the kernel folds a running thread's time in lazily). Wall and CPU were once
 * printed as a ratio of medians and a ratio of totals (1.36 against 1.03 in one run, while wall,
 * in-slot and CPU time of single rebuilds measured alike).
 */
import { geomean } from "../measure.ts";

/** One configuration's figure on our side and on the side it is compared with (ms; NaN or undefined when not measured). */
export interface Pair {
  ours: number | undefined;
  theirs: number | undefined;
}

export interface WorkloadRatio {
  /** Σ ours ÷ Σ theirs over the configurations where both are measured; NaN when there are none. */
  ratio: number;
  /** How many configurations that is. */
  configurations: number;
  /** The two totals divided by `configurations` (mean ms per configuration), for the table. */
  oursMeanMs: number;
  theirsMeanMs: number;
}

const measured = (ms: number | undefined): ms is number => ms !== undefined && Number.isFinite(ms);

/** A program's ratio over its configurations: total ÷ total, over the pairs with both figures. */
export function workloadRatio(pairs: readonly Pair[]): WorkloadRatio {
  let ours = 0;
  let theirs = 0;
  let configurations = 0;
  for (const pair of pairs) {
    if (!measured(pair.ours) || !measured(pair.theirs)) continue;
    ours += pair.ours;
    theirs += pair.theirs;
    configurations += 1;
  }
  const ratio = configurations > 0 && theirs > 0 ? ours / theirs : Number.NaN;
  return { ratio, configurations, oursMeanMs: configurations > 0 ? ours / configurations : Number.NaN, theirsMeanMs: configurations > 0 ? theirs / configurations : Number.NaN };
}

/** One rebuild of the customizer run, with the same configuration's cold build and native build. */
export interface Configuration {
  /** The rebuild in the slot with the memo: in-slot ms (load + build + export) and the slot main thread's CPU (NaN when not measured). */
  rebuildMs: number;
  rebuildCpuMs: number;
  /** The same configuration in the slot without the memo, in-slot ms. */
  coldMs: number;
  /** The same configuration built from scratch by native OCCT (build + STEP): wall ms and the FreeCAD process's CPU; absent without a reference. */
  nativeMs?: number;
  nativeCpuMs?: number;
}

export interface ProgramRatios {
  vsCold: WorkloadRatio;
  /** Undefined when the program has no native figures. */
  vsNative: WorkloadRatio | undefined;
  vsNativeCpu: WorkloadRatio | undefined;
}

/** A program's three ratios, each a workload ratio (total ÷ total) over its configurations. */
export function programRatios(configurations: readonly Configuration[]): ProgramRatios {
  const withNative = configurations.some((c) => c.nativeMs !== undefined);
  return {
    vsCold: workloadRatio(configurations.map((c) => ({ ours: c.rebuildMs, theirs: c.coldMs }))),
    vsNative: withNative ? workloadRatio(configurations.map((c) => ({ ours: c.rebuildMs, theirs: c.nativeMs }))) : undefined,
    vsNativeCpu: withNative ? workloadRatio(configurations.map((c) => ({ ours: c.rebuildCpuMs, theirs: c.nativeCpuMs }))) : undefined,
  };
}

/** The geometric mean over programs of their measured ratios, and how many programs it is over (NaN over none). */
export function meanOverPrograms(ratios: ReadonlyArray<WorkloadRatio | undefined>): { mean: number; programs: number } {
  const finite = ratios.filter((r): r is WorkloadRatio => r !== undefined && Number.isFinite(r.ratio) && r.ratio > 0).map((r) => r.ratio);
  return { mean: finite.length === 0 ? Number.NaN : geomean(finite), programs: finite.length };
}
