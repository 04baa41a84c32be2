/**
 * First-build benchmark (issue 15): what the first request of its kind costs on a fresh slot. V8
 * runs the kernel's WebAssembly in its Liftoff baseline tier first and tiers hot functions up to
 * TurboFan later (and optimises our own API's JavaScript the same way), so a build whose paths the
 * slot's warm-up did not run pays for that. For each conformance program
 * (test/conformance/ports/*.ts), on a fresh pool of one slot (spare 0, `await pool.warm()`):
 *
 * - the in-slot time (the reply's timings: load + build + export, wall) of the program's first
 *   STEP build, then the median of `--steady N` more builds of it (default 4), and first ÷ steady;
 * - the same as the slot's main-thread CPU per job (Linux: /proc/<pid>/task/<tid>/schedstat), which
 *   the machine's load and V8's background compiler threads do not inflate;
 * - the slot's start-up time (kernel load and warm-up, `health().slots[0].startupMs`), and on Linux
 *   its main-thread CPU and all its threads' CPU by then.
 *
 * The first build also counts what a first build of any script does that a repeat does not (the
 * slot validates the script: one more evaluation and the description, in `load`), and the first
 * calls of our own API's JavaScript: users feel both. Printed: per program, the geometric mean of
 * first ÷ steady, and the median start-up.
 *
 *   npm run bench -- first-build                 # a default set of programs covering distinct paths
 *   npm run bench -- first-build --all           # every conformance program (~10 minutes)
 *   npm run bench -- first-build [--steady N] [--fresh N] NAME…
 *
 * Each build's CPU window opens on the slot at rest and closes at its reply, from the same process
 * (./slotWindow.ts). Steady builds are the fresh slot's only: when a build retires it (its
 * WebAssembly memory past the recycle mark) or runs again in a new slot, that build is dropped and
 * the slot's steady builds end there (the next would be a replacement's first build); the bench
 * prints how many were dropped and why.
 *
 * `--fresh N` (default 1) starts N fresh pools per program and takes the median of their first
 * builds (a single first build is one sample on a shared machine).
 *
 *   npm run bench -- first-build --base main [--fresh N] [NAME…]   # before/after a change
 *
 * `--base REV|DIR` measures another version of partforge too (a git revision, checked out into a
 * temporary worktree, or another checkout's directory; see ./compare/base.ts): for each program
 * and each fresh slot, the base's fresh slot and this checkout's, alternating which goes first,
 * and prints this ÷ base for the first build's and the steady builds' main-thread CPU and for the
 * slot's start-up, per program and as geometric means.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PipelineTimings } from "../src/build/pipeline.ts";
import { createBuildPool, type BuildPool } from "../src/build/pool/index.ts";
import { baseCheckout } from "./compare/base.ts";
import { formatMs, geomean, median, printTable } from "./measure.ts";
import { processCpuMs, threadCpuMs } from "./procStat.ts";
import { readySlot, slotProcess } from "./quietSlot.ts";
import { SlotWindow } from "./slotWindow.ts";

const PORTS = fileURLToPath(new URL("../test/conformance/ports/", import.meta.url));
/**
 * The default programs: between them the kernel paths users reach most (booleans, fillets and
 * chamfers, holes, shells, lofts, sweeps along helices, revolves, splines, 2D offsets and sketches,
 * text, mirrors, splits, assemblies), small enough that the run takes a few minutes.
 */
const DEFAULT_PROGRAMS = [
  "quickstart-plate",
  "free-func-booleans",
  "free-func-primitives",
  "free-func-placement",
  "free-func-shape-construction",
  "selectors-and-chamfer",
  "selectors-ancestors",
  "examples-counterbored-holes",
  "examples-shelling-open-top",
  "examples-shelling-open-three-faces",
  "examples-lofts",
  "examples-occ-bottle",
  "examples-spline-edge",
  "examples-offset2d-kinds",
  "examples-mirroring-3d-objects",
  "examples-splitting",
  "examples-extrude-until-next",
  "examples-parametric-enclosure",
  "examples-cycloidal-gear",
  "examples-lego-brick",
  "sketch-in-place",
  "sketch-placing-existing",
  "sketch-offset-outward",
  "thread-bolt",
  "primer-assembly",
  "assy-object-locations",
];
const DEFAULT_STEADY = 4;

interface Options {
  steady: number;
  fresh: number;
  names: string[];
  /** `--base`: a git revision or another checkout's directory to measure against. */
  base: string | undefined;
}

/** How a side makes its pools: this checkout's `createBuildPool`, or the base checkout's. */
type PoolFactory = (options: { size: number; spare: number; log: () => undefined }) => Promise<BuildPool>;

function wholeNumber(option: string, text: string | undefined, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${option} needs a whole number ≥ ${min} (got ${text ?? "nothing"})`);
  return value;
}

function parseArgs(args: readonly string[]): Options {
  let steady = DEFAULT_STEADY;
  let fresh = 1;
  let all = false;
  let base: string | undefined;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--steady") steady = wholeNumber(arg, args[++i], 1);
    else if (arg === "--fresh") fresh = wholeNumber(arg, args[++i], 1);
    else if (arg === "--all") all = true;
    else if (arg === "--base") {
      base = args[++i];
      if (base === undefined || base.startsWith("--")) throw new Error("--base needs a git revision or a checkout's directory, e.g. --base main");
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg} for the first-build benchmark: use --steady N, --fresh N, --all, --base REV|DIR, or program names`);
    else names.push(arg);
  }
  const known = readdirSync(PORTS).filter((file) => file.endsWith(".ts")).map((file) => file.slice(0, -3)).sort();
  for (const name of names) if (!known.includes(name)) throw new Error(`no conformance program "${name}" in test/conformance/ports/`);
  return { steady, fresh, base, names: all ? known : names.length > 0 ? names : DEFAULT_PROGRAMS };
}

const inSlotMs = (timings: PipelineTimings) => timings.loadMs + timings.buildMs + timings.exportMs;
const phases = (timings: PipelineTimings) => [timings.loadMs, timings.buildMs, timings.exportMs].map(formatMs).join(" / ");

interface Measured {
  timings: PipelineTimings;
  /** Main-thread CPU of the slot process over the job (IPC, evaluation, build, export, reply); NaN off Linux. */
  cpuMs: number;
}

interface FreshSlot {
  startupMs: number;
  /** The slot's main-thread CPU and all threads' CPU when it became ready (kernel load, warm-up, V8's background compiles); NaN off Linux. */
  startupCpuMs: number;
  startupAllThreadsCpuMs: number;
  first: Measured;
  steady: Measured[];
  /** Why builds of this slot were dropped (the slot replaced, a build run again in a new slot): its steady builds end at the first. */
  dropped: string[];
}

/**
 * A STEP build in the fresh slot `slotId`, its CPU from the slot at rest to the reply; `swap` says
 * why it does not count (then its CPU is NaN): the ready slot is no longer the fresh one (not
 * built then), or the build did not run in it alone.
 */
async function stepBuild(pool: BuildPool, slotId: number, name: string, source: string): Promise<{ built: Measured; swap: string | undefined } | { built: undefined; swap: string }> {
  const window = await SlotWindow.quiet(pool);
  if (window.slotId !== slotId) return { built: undefined, swap: `the fresh slot ${slotId} was replaced (now slot ${window.slotId ?? "none ready"})` };
  window.beforeBuild();
  const result = await pool.build({ source, language: "ts", type: "step" });
  const { cpuMs, swap } = window.close();
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message.split("\n")[0]}`);
  if (result.timings === undefined) throw new Error(`${name}: the pool's answer has no timings`);
  return { built: { timings: result.timings, cpuMs }, swap };
}

/** A fresh pool of one warm slot: its start-up, the program's first build and up to `steady` more in that slot. */
async function onFreshSlot(name: string, source: string, steady: number, makePool: PoolFactory = createBuildPool): Promise<FreshSlot> {
  const pool = await makePool({ size: 1, spare: 0, log: () => undefined });
  try {
    await pool.warm();
    const slot = readySlot(pool.health());
    if (slot?.startupMs === undefined) throw new Error("the pool's slot reports no start-up time");
    const slotPid = slotProcess(slot);
    const startupCpuMs = slotPid === undefined ? Number.NaN : threadCpuMs(slotPid);
    const startupAllThreadsCpuMs = slotPid === undefined ? Number.NaN : processCpuMs(slotPid);
    const dropped: string[] = [];
    const first = await stepBuild(pool, slot.id, name, source);
    if (first.built === undefined) throw new Error(`${name}: ${first.swap}`);
    if (first.swap !== undefined) dropped.push(`first build's CPU: ${first.swap}`);
    const more: Measured[] = [];
    for (let i = 0; i < steady && first.swap === undefined; i++) {
      const build = await stepBuild(pool, slot.id, name, source);
      if (build.built === undefined || build.swap !== undefined) {
        dropped.push(`steady build ${i + 1} of ${steady}: ${build.swap ?? ""}`);
        break;
      }
      more.push(build.built);
    }
    return { startupMs: slot.startupMs, startupCpuMs, startupAllThreadsCpuMs, first: first.built, steady: more, dropped };
  } finally {
    await pool.close();
  }
}

/** The median of the measured (finite) values; NaN when none is. */
const medianMeasured = (values: readonly number[]) => {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? Number.NaN : median(finite);
};

export async function benchFirstBuild(args: readonly string[] = []): Promise<void> {
  const options = parseArgs(args);
  if (options.base !== undefined) return againstBase(options, options.base);
  const { steady, fresh, names } = options;
  const rows: string[][] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const slots: FreshSlot[] = [];
  const failed: string[] = [];
  const dropped: string[] = [];
  for (const name of names) {
    const source = readFileSync(join(PORTS, `${name}.ts`), "utf8");
    const runs: FreshSlot[] = [];
    try {
      for (let i = 0; i < fresh; i++) runs.push(await onFreshSlot(name, source, steady));
    } catch (error) {
      failed.push((error as Error).message);
      continue;
    }
    slots.push(...runs);
    const firstMs = median(runs.map((run) => inSlotMs(run.first.timings)));
    const steadyRuns = runs.flatMap((run) => run.steady);
    const steadyMs = median(steadyRuns.map((run) => inSlotMs(run.timings)));
    const firstCpu = medianMeasured(runs.map((run) => run.first.cpuMs));
    const steadyCpu = medianMeasured(steadyRuns.map((run) => run.cpuMs));
    for (const run of runs) for (const why of run.dropped) dropped.push(`${name}: ${why}`);
    const typicalFirst = runs.find((run) => inSlotMs(run.first.timings) === firstMs) ?? runs[0]!;
    const steadyPhases = [median(steadyRuns.map((run) => run.timings.loadMs)), median(steadyRuns.map((run) => run.timings.buildMs)), median(steadyRuns.map((run) => run.timings.exportMs))].map(formatMs).join(" / ");
    ratios.push(firstMs / steadyMs);
    if (Number.isFinite(firstCpu / steadyCpu)) cpuRatios.push(firstCpu / steadyCpu);
    rows.push([name, formatMs(firstMs), formatMs(steadyMs), (firstMs / steadyMs).toFixed(2), formatMs(firstCpu), formatMs(steadyCpu), (firstCpu / steadyCpu).toFixed(2), phases(typicalFirst.first.timings), steadyPhases]);
    console.error(`first-build bench: ${name} done`);
  }
  rows.sort((a, b) => Number(b[3]) - Number(a[3]));
  printTable(
    `First build on a fresh slot ÷ steady builds (type STEP; in-slot load + build + export, wall, and the slot's main-thread CPU per job; first: ${fresh === 1 ? "one build" : `median of ${fresh} fresh slots`}, steady: median of ${steady} more builds${fresh === 1 ? "" : " per slot"}; worst first)`,
    ["program", "first ms", "steady ms", "first ÷ steady", "first CPU ms", "steady CPU ms", "CPU first ÷ steady", "first: load / build / export", "steady: load / build / export (medians)"],
    rows,
  );
  console.log(`\nfirst ÷ steady, geometric mean over ${ratios.length} programs: ${geomean(ratios).toFixed(2)} in-slot wall; over ${cpuRatios.length}: ${geomean(cpuRatios).toFixed(2)} main-thread CPU`);
  printDropped(dropped);
  if (slots.length > 0) {
    const summary = (values: number[]) => `${formatMs(median(values))} ms (min ${formatMs(Math.min(...values))}, max ${formatMs(Math.max(...values))})`;
    console.log(`slot start-up (kernel load + warm-up), median of ${slots.length} slots: wall ${summary(slots.map((slot) => slot.startupMs))}; main-thread CPU ${summary(slots.map((slot) => slot.startupCpuMs))}; all threads' CPU ${summary(slots.map((slot) => slot.startupAllThreadsCpuMs))}`);
  }
  for (const failure of failed) console.log(`not measured: ${failure}`);
}

/** The builds left out because the fresh slot was replaced or a build did not run in it alone. */
function printDropped(dropped: readonly string[]): void {
  console.log(`builds dropped because they did not run in the fresh slot alone (its steady builds end there): ${dropped.length === 0 ? "none" : dropped.length}`);
  for (const why of dropped) console.log(`  dropped: ${why}`);
}

const cpuRatio = (thisMs: number, baseMs: number) => (Number.isFinite(thisMs / baseMs) && baseMs > 0 ? thisMs / baseMs : Number.NaN);

/** `--base`: fresh slots of both versions, program by program, alternating which starts first. */
async function againstBase({ steady, fresh, names }: Options, base: string): Promise<void> {
  const checkout = baseCheckout(base);
  try {
    const { createBuildPool: baseCreate } = (await import(pathToFileURL(join(checkout.root, "src/build/pool/index.ts")).href)) as { createBuildPool: PoolFactory };
    const rows: string[][] = [];
    const firstRatios: number[] = [];
    const steadyRatios: number[] = [];
    const startupRatios: number[] = [];
    const failed: string[] = [];
    const dropped: string[] = [];
    let turn = 0;
    for (const name of names) {
      const source = readFileSync(join(PORTS, `${name}.ts`), "utf8");
      const sides: Record<"base" | "this", FreshSlot[]> = { base: [], this: [] };
      try {
        for (let i = 0; i < fresh; i++) {
          const order = turn++ % 2 === 0 ? (["base", "this"] as const) : (["this", "base"] as const);
          for (const side of order) sides[side].push(await onFreshSlot(name, source, steady, side === "base" ? baseCreate : createBuildPool));
        }
      } catch (error) {
        failed.push((error as Error).message);
        continue;
      }
      const firstCpu = (runs: FreshSlot[]) => medianMeasured(runs.map((run) => run.first.cpuMs));
      const steadyCpu = (runs: FreshSlot[]) => medianMeasured(runs.flatMap((run) => run.steady.map((build) => build.cpuMs)));
      for (const [side, runs] of Object.entries(sides)) for (const run of runs) for (const why of run.dropped) dropped.push(`${name}, ${side}: ${why}`);
      const startupCpu = (runs: FreshSlot[]) => median(runs.map((run) => run.startupCpuMs));
      const ratios = [cpuRatio(firstCpu(sides.this), firstCpu(sides.base)), cpuRatio(steadyCpu(sides.this), steadyCpu(sides.base)), cpuRatio(startupCpu(sides.this), startupCpu(sides.base))] as const;
      if (Number.isFinite(ratios[0])) firstRatios.push(ratios[0]);
      if (Number.isFinite(ratios[1])) steadyRatios.push(ratios[1]);
      if (Number.isFinite(ratios[2])) startupRatios.push(ratios[2]);
      rows.push([name, formatMs(firstCpu(sides.base)), formatMs(firstCpu(sides.this)), ratios[0].toFixed(2), formatMs(steadyCpu(sides.base)), formatMs(steadyCpu(sides.this)), ratios[1].toFixed(2), formatMs(startupCpu(sides.base)), formatMs(startupCpu(sides.this))]);
      console.error(`first-build bench: ${name} done`);
    }
    printTable(
      `First build on a fresh slot, this checkout against the base (type STEP; the slot's main-thread CPU per job; ${fresh === 1 ? "one fresh slot" : `median of ${fresh} fresh slots`} per side, alternating which starts first; steady: median of ${steady} more builds)`,
      ["program", "base first CPU ms", "this first CPU ms", "first this÷base", "base steady CPU ms", "this steady CPU ms", "steady this÷base", "base start-up CPU ms", "this start-up CPU ms"],
      rows,
    );
    const mean = (values: number[]) => (values.length === 0 ? "not measured" : geomean(values).toFixed(3));
    console.log(`
base: ${checkout.label}`);
    console.log(`this ÷ base, geometric mean over programs (below 1: this checkout is faster): first build ${mean(firstRatios)} (${firstRatios.length}), steady builds ${mean(steadyRatios)} (${steadyRatios.length}), slot start-up main-thread CPU ${mean(startupRatios)} (${startupRatios.length})`);
    printDropped(dropped);
    for (const failure of failed) console.log(`not measured: ${failure}`);
  } finally {
    checkout.remove();
  }
}
