/**
 * The customizer workload measured in one process, in CPU time, paired (issue 15, point 4): why a
 * rebuild with the operation memo is or is not faster than a cold build, without the pool bench's
 * noise. `npm run bench -- customizer` times each side in its own slot by wall time, on a machine
 * shared with other work; there a ratio near 1 cannot tell the memo's own cost from noise.
 *
 * Here every configuration (`slide`'s values of each numeric parameter in turn, after a build at the
 * defaults that fills the memo, as in the pool bench) is built three times in this process, in a
 * rotating order: with the session's memo (the rebuild) and twice without a memo (cold A, cold B).
 * The process CPU of each build is read around it; the pairs are rebuild − cold A and, as the A/A
 * control, cold B − cold A. A rotation puts each of the three in each position equally often, so
 * an effect of position (a build right after another of the same configuration) falls on all three.
 * `--passes` repeats the whole walk with a new memo, for more pairs. The memo's hits and misses per
 * parameter say what the rebuilds reused.
 *
 * `npm run bench -- customizer-cpu [--values N] [--passes P] [--memo-mb MB] [--breakdown] NAME…`
 * (NAME: an example's file name without extension, as in `customizer`; `--breakdown`: where each
 * rebuild's time goes instead, ./customizer/breakdown.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadKernel, OperationMemo, withMemoSession, withScope, type MemoTraceRecord } from "../src/kernel/index.ts";
import { loadScript } from "../src/build/buildModel.ts";
import { resolveExportOptions } from "../src/build/exportOptions.ts";
import { finishBuild, runKernelHalf } from "../src/build/pipeline.ts";
import type { ParamValue } from "../src/modelscript/index.ts";
import { slide } from "./customizer.ts";
import { printBreakdown, type TracedBuild } from "./customizer/breakdown.ts";
import { formatMs, median, printTable } from "./measure.ts";

const ROOT = fileURLToPath(new URL("../examples/", import.meta.url));
const TENANT = "acc_customizer_cpu";
/** Builds at the defaults before anything is measured (V8 tiers the kernel and the script up). */
const WARMUP_BUILDS = 3;
type Loaded = Awaited<ReturnType<typeof loadScript>>;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A build job to STEP at `values`, as the customizer asks for it. */
function stepJob(values: Record<string, ParamValue>) {
  return { kind: "build", type: "step", preset: undefined, values, options: resolveExportOptions(undefined) } as const;
}

/** One build to STEP in this process (as a slot's runJob does), with `memo` or without one; its process CPU (ms). */
async function build(loaded: Loaded, values: Record<string, ParamValue>, memo: OperationMemo | undefined): Promise<number> {
  const job = stepJob(values);
  const started = cpuMs();
  const half = withMemoSession(memo, TENANT, () => withScope(() => runKernelHalf(loaded, job, performance.now())));
  await finishBuild(half);
  return cpuMs() - started;
}

interface Walk {
  rebuild: number[];
  coldA: number[];
  coldB: number[];
  hits: number;
  misses: number;
  notKept: number;
  refused: number;
}

/** Sums and paired medians of one parameter's (or one program's) walk, as a table row. */
function row(label: string, walk: Walk): string[] {
  const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
  const paired = (side: readonly number[]) => median(side.map((value, i) => value - walk.coldA[i]!));
  return [
    label,
    String(walk.rebuild.length),
    formatMs(total(walk.coldA) / walk.coldA.length),
    (total(walk.rebuild) / total(walk.coldA)).toFixed(2),
    (total(walk.coldB) / total(walk.coldA)).toFixed(2),
    formatMs(paired(walk.rebuild)),
    formatMs(paired(walk.coldB)),
    `${walk.hits}/${walk.hits + walk.misses - walk.notKept}`,
    walk.refused > 0 ? String(walk.refused) : "",
  ];
}

function parseArgs(args: readonly string[]): { values: number; passes: number; memoMb: number; breakdown: boolean; names: string[] } {
  const options = { values: 5, passes: 2, memoMb: 96, breakdown: false, names: [] as string[] };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === "--breakdown") {
      options.breakdown = true;
      continue;
    }
    const numeric = { "--values": "values", "--passes": "passes", "--memo-mb": "memoMb" } as const;
    if (flag in numeric) {
      const value = Number(args[++i]);
      if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} takes a positive number`);
      options[numeric[flag as keyof typeof numeric]] = value;
    } else options.names.push(flag);
  }
  if (options.names.length === 0) throw new Error("name the examples to measure (file names without extension)");
  return options;
}

/** One traced rebuild with `memo` (./customizer/breakdown.ts): its phases and its memoized calls, split at the export. */
async function tracedBuild(loaded: Loaded, values: Record<string, ParamValue>, memo: OperationMemo): Promise<TracedBuild> {
  const job = stepJob(values);
  const trace: MemoTraceRecord[] = [];
  let exportAt = 0;
  const hooks = { exporting: <T>(phase: () => T): T => ((exportAt = trace.length), phase()) };
  const half = withMemoSession(memo, TENANT, () => withScope(() => runKernelHalf(loaded, job, performance.now(), hooks)), trace);
  const { timings } = await finishBuild(half);
  return { loadMs: timings.loadMs, buildMs: timings.buildMs, exportMs: timings.exportMs, build: trace.slice(0, exportAt), export: trace.slice(exportAt) };
}

/** `--breakdown`: the customizer walk of each program, every rebuild traced, beside a cold build of each configuration. */
async function breakdown(options: ReturnType<typeof parseArgs>): Promise<void> {
  const programs: Array<{ name: string; rebuilds: TracedBuild[]; coldMs: number[] }> = [];
  for (const name of options.names) {
    const loaded = await loadScript(readFileSync(`${ROOT}${name}.ts`, "utf8"), "ts");
    for (let i = 0; i < WARMUP_BUILDS; i++) await build(loaded, {}, undefined);
    const numeric = loaded.parameters.filter((parameter) => parameter.type === "float" || parameter.type === "int");
    const memo = new OperationMemo({ budgetBytes: options.memoMb * 1024 * 1024 });
    await build(loaded, {}, memo);
    const program = { name, rebuilds: [] as TracedBuild[], coldMs: [] as number[] };
    for (const parameter of numeric) {
      for (const value of slide(parameter, options.values)) {
        const values = { [parameter.name]: value };
        try {
          const rebuild = await tracedBuild(loaded, values, memo);
          const job = stepJob(values);
          const half = withScope(() => runKernelHalf(loaded, job, performance.now()));
          const { timings } = await finishBuild(half);
          program.rebuilds.push(rebuild);
          program.coldMs.push(timings.loadMs + timings.buildMs + timings.exportMs);
        } catch {
          // a value the script refuses (the pool bench skips it too)
        }
      }
    }
    memo.clear();
    programs.push(program);
  }
  printBreakdown(programs);
}

export async function benchCustomizerCpu(args: readonly string[]): Promise<void> {
  const options = parseArgs(args);
  await loadKernel();
  if (options.breakdown) return breakdown(options);
  const rows: string[][] = [];
  for (const name of options.names) {
    const loaded = await loadScript(readFileSync(`${ROOT}${name}.ts`, "utf8"), "ts");
    for (let i = 0; i < WARMUP_BUILDS; i++) await build(loaded, {}, undefined);
    const numeric = loaded.parameters.filter((parameter) => parameter.type === "float" || parameter.type === "int");
    const walks = new Map(numeric.map((parameter) => [parameter.name, { rebuild: [], coldA: [], coldB: [], hits: 0, misses: 0, notKept: 0, refused: 0 } as Walk]));
    let rotation = 0;
    for (let pass = 0; pass < options.passes; pass++) {
      const memo = new OperationMemo({ budgetBytes: options.memoMb * 1024 * 1024 });
      await build(loaded, {}, memo);
      for (const parameter of numeric) {
        const walk = walks.get(parameter.name)!;
        for (const value of slide(parameter, options.values)) {
          const values = { [parameter.name]: value };
          const before = memo.stats;
          const measured: Record<"rebuild" | "coldA" | "coldB", number> = { rebuild: 0, coldA: 0, coldB: 0 };
          const order = (["rebuild", "coldA", "coldB"] as const).map((_, i, sides) => sides[(i + rotation) % 3]!);
          rotation += 1;
          try {
            for (const side of order) measured[side] = await build(loaded, values, side === "rebuild" ? memo : undefined);
          } catch {
            walk.refused += 1; // a value the script refuses (the pool bench skips it too)
            continue;
          }
          const after = memo.stats;
          walk.hits += after.hits - before.hits;
          walk.misses += after.misses - before.misses;
          walk.notKept += after.notKept - before.notKept;
          for (const side of order) walk[side].push(measured[side]);
        }
      }
      memo.clear();
    }
    const all: Walk = { rebuild: [], coldA: [], coldB: [], hits: 0, misses: 0, notKept: 0, refused: 0 };
    for (const [parameter, walk] of walks) {
      rows.push(row(`${name} ${parameter}`, walk));
      all.rebuild.push(...walk.rebuild);
      all.coldA.push(...walk.coldA);
      all.coldB.push(...walk.coldB);
      all.hits += walk.hits;
      all.misses += walk.misses;
      all.notKept += walk.notKept;
      all.refused += walk.refused;
    }
    rows.push(row(`${name} (all)`, all));
  }
  printTable(
    `Customizer in one process, process CPU (${options.values} values per parameter, ${options.passes} passes, memo ${options.memoMb} MiB): each configuration built as a rebuild with the session's memo and twice cold (A, B), in rotating order. rebuild÷cold and A/A are totals over the walk; the paired columns are medians of per-configuration differences from cold A (the A/A one is the noise floor); hits = the memo's operation hits of the rebuilds over its lookups of operations slow enough to keep (those faster than keepMinMs are never kept, so they are left out of the count)`,
    ["walk", "configs", "cold A mean", "rebuild÷cold", "A/A (B÷A)", "rebuild−cold (median)", "A/A B−A (median)", "memo hits", "refused"],
    rows,
  );
}
