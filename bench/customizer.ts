/**
 * The customizer workload (issue 15, point 4): a person drags one slider and the same model is
 * rebuilt with one value changed, again and again. For every example and conformance program
 * with numeric parameters: one cold build, then for each numeric parameter in turn N successive
 * values (default 20), each a new configuration (type STEP, no result cache). Each configuration
 * is built in a pool whose slot keeps its operation memo (the customizer) and, interleaved, in a
 * pool without a memo (our cold build of the same configuration). Prints per program and as
 * geometric means: rebuild ms with reuse, cold ms, their ratio; and, with `--native` (FreeCAD, as
 * `npm run bench -- native`), for programs with a native reference that takes parameter values
 * (test/conformance/examples-native/<name>.py for examples/<name>.ts, checked like for like at
 * these values by test/conformance/examples.test.ts), rebuild ÷ native: each configuration is
 * also built from scratch by native OCCT (build + STEP export, in bench/native/driver.py), the same
 * values, interleaved with ours; beside the in-slot ms ratio, the CPU one (the slot main thread's
 * CPU over all rebuilds, each from a ready slot at rest to its reply (./quietSlot.ts), ÷ the
 * FreeCAD process's over all its builds), which a loaded machine moves far less than wall time
 * (Linux only).
 *
 * `npm run bench -- customizer [--values N] [--memo-mb MB] [--native] [NAME…]` (NAME: an
 * example's or conformance program's file name without extension; MB: the memo pool's budget,
 * default the pool's own default, or 96 MiB while that is 0, so the memo is always on here).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createBuildPool, DEFAULT_MEMO_BUDGET_MB, type BuildPool, type BuildRequest } from "../src/build/pool/index.ts";
import type { ParamSchema } from "../src/modelscript/index.ts";
import { formatMs, geomean, median, printTable } from "./measure.ts";
import { nativeDriver, type NativeAnswer } from "./native.ts";
import { processCpuMs, threadWaitMs } from "./procStat.ts";
import { quietSlot, slotCpuMs } from "./quietSlot.ts";
import { KINDS, parseLikeForLike, type NotLikeForLike } from "./native/likeForLike.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DEFAULT_VALUES = 20;
/** The memo pool's budget when the pool's default is 0 (the memo off): the bench measures the memo, so it must be on. */
const BENCH_MEMO_BUDGET_MB = 96;
const VS_NATIVE_TARGET = 1.0;
const VS_COLD_TARGET = 1 / 3;
const TENANT = "acc_customizer_bench";
/** The native references of the parametric examples, which take parameter values (test/conformance/README.md). */
const EXAMPLES_NATIVE = "test/conformance/examples-native";

interface Program {
  name: string;
  source: string;
  language: "ts" | "js";
  /** Its native reference that takes parameter values (a parametric example's), when there is one. */
  native: { dir: string; name: string } | undefined;
  /** Its native script's like-for-like marker: set when the reference does less work than ours (kept out of the target's mean, as in `native`). */
  notLikeForLike: NotLikeForLike | undefined;
}

function programs(): Program[] {
  const found: Program[] = [];
  // The conformance ports have no parameters, so their references (test/conformance/native) take no part here.
  const natives = new Set(readdirSync(join(ROOT, EXAMPLES_NATIVE)).filter((f) => f.endsWith(".py") && !f.startsWith("_")).map((f) => f.slice(0, -3)));
  for (const directory of ["examples", "examples/cadquery", "test/conformance/ports"]) {
    for (const file of readdirSync(join(ROOT, directory)).sort()) {
      if (!/\.(ts|js)$/.test(file)) continue;
      const name = file.replace(/\.(ts|js)$/, "");
      const conformance = directory.startsWith("test/");
      const native = directory === "examples" && natives.has(name) ? { dir: EXAMPLES_NATIVE, name } : undefined;
      const notLikeForLike = native === undefined ? undefined : parseLikeForLike(readFileSync(join(ROOT, native.dir, `${name}.py`), "utf8"), `${native.dir}/${name}.py`);
      found.push({ name: conformance ? `conformance/${name}` : name, source: readFileSync(join(ROOT, directory, file), "utf8"), language: file.endsWith(".js") ? "js" : "ts", native, notLikeForLike });
    }
  }
  return found;
}

/**
 * `count` successive values of `parameter`: steps of 1/40 of its range (or 2 % of its default) up
 * from the default, turning back at the bounds. The first 5 of each are the configurations at
 * which test/conformance/examples.test.ts checks the native references like for like: after a
 * change here, run `npm run conformance:native-examples`.
 */
export function slide(parameter: ParamSchema, count: number): number[] {
  const start = typeof parameter.default === "number" ? parameter.default : 1;
  const span = parameter.min !== undefined && parameter.max !== undefined ? parameter.max - parameter.min : Math.abs(start) * 0.8 || 1;
  let step = parameter.type === "int" ? Math.max(1, Math.round(span / 40)) : span / 40;
  const values: number[] = [];
  let value = start;
  for (let i = 0; i < count; i++) {
    let next = value + step;
    if ((parameter.max !== undefined && next > parameter.max) || (parameter.min !== undefined && next < parameter.min)) {
      step = -step;
      next = value + step;
    }
    value = parameter.type === "int" ? Math.round(next) : Math.round(next * 1e6) / 1e6;
    values.push(value);
  }
  return values;
}

/** A configuration the script itself refuses (a value the slider reached that the model cannot make): skipped, not a failure of the bench. */
class Refused extends Error {}

/** The slot main thread's time waiting for a CPU so far, and all its threads' CPU (NaN off Linux or when /proc cannot tell). */
function slotWaitAndProcessMs(pid: number | undefined): { waitMs: number; processMs: number } {
  try {
    return pid === undefined ? { waitMs: Number.NaN, processMs: Number.NaN } : { waitMs: threadWaitMs(pid), processMs: processCpuMs(pid) };
  } catch {
    return { waitMs: Number.NaN, processMs: Number.NaN };
  }
}

async function timedBuild(pool: BuildPool, program: Program, values: Record<string, number>): Promise<{ wallMs: number; slotMs: number; cpuMs: number; waitMs: number; backgroundMs: number; reused: number }> {
  const request: BuildRequest = { source: program.source, language: program.language, type: "step", values, tenant: TENANT };
  // As in the native bench: the window opens on a ready slot at rest (a replacement for a slot the
  // previous build retired has warmed up: ./quietSlot.ts) and closes at the reply, read from the
  // same process (retired after this reply or not); NaN, and the program's sum then too, if it is gone.
  const { pid, cpuMs: cpuBefore } = await quietSlot(pool);
  const before = slotWaitAndProcessMs(pid);
  const started = performance.now();
  const result = await pool.build(request);
  const wallMs = performance.now() - started;
  const cpuMs = slotCpuMs(pid) - cpuBefore;
  const after = slotWaitAndProcessMs(pid);
  const waitMs = after.waitMs - before.waitMs;
  // The slot's other threads (V8's workers: in a warm slot mostly compiling WebAssembly functions that turned hot to TurboFan).
  const backgroundMs = after.processMs - before.processMs - cpuMs;
  if (!result.ok) {
    const message = `${result.error.code}: ${result.error.message.split("\n")[0]} (values ${JSON.stringify(values)})`;
    throw result.error.code === "SCRIPT_EXCEPTION" && Object.keys(values).length > 0 ? new Refused(message) : new Error(message);
  }
  const t = result.timings!;
  return { wallMs, slotMs: t.loadMs + t.buildMs + t.exportMs, cpuMs, waitMs, backgroundMs, reused: t.reusedOperations ?? 0 };
}

function parseArgs(args: readonly string[], names: readonly string[]): { values: number; memoMb: number; native: boolean; names: string[] } {
  const options = { values: DEFAULT_VALUES, memoMb: DEFAULT_MEMO_BUDGET_MB > 0 ? DEFAULT_MEMO_BUDGET_MB : BENCH_MEMO_BUDGET_MB, native: false, names: [] as string[] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--values") {
      const count = Number(args[++i]);
      if (!Number.isInteger(count) || count < 1) throw new Error(`--values needs a whole number ≥ 1, e.g. --values 20 (got ${args[i] ?? "nothing"})`);
      options.values = count;
    } else if (arg === "--memo-mb") {
      const mb = Number(args[++i]);
      if (!Number.isInteger(mb) || mb < 1) throw new Error(`--memo-mb needs a whole number of MiB ≥ 1, e.g. --memo-mb 96 (got ${args[i] ?? "nothing"})`);
      options.memoMb = mb;
    } else if (arg === "--native") options.native = true;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg} for the customizer benchmark: use --values N, --memo-mb MB, --native, or program names`);
    else if (!names.includes(arg)) throw new Error(`no program "${arg}": names are the examples' and conformance programs' (conformance/NAME), e.g. ${names[0]}`);
    else options.names.push(arg);
  }
  return options;
}

export async function benchCustomizer(args: readonly string[] = []): Promise<void> {
  const all = programs();
  const options = parseArgs(args, all.map((p) => p.name));
  const chosen = options.names.length === 0 ? all : all.filter((p) => options.names.includes(p.name));
  const warm = await createBuildPool({ size: 1, spare: 0, memoBudgetMb: options.memoMb, startupTimeoutMs: 300_000, log: () => undefined });
  const cold = await createBuildPool({ size: 1, spare: 0, memoBudgetMb: 0, startupTimeoutMs: 300_000, log: () => undefined });
  const driver = options.native ? nativeDriver() : undefined;
  const rows: string[][] = [];
  const vsCold: number[] = [];
  const vsNative: number[] = [];
  const vsNativeCpu: number[] = [];
  /** Rebuild ÷ native of programs whose reference does less work than ours, by kind: printed, not compared with the target. */
  const vsNativeNotLike = new Map<string, number[]>();
  const failures: string[][] = [];
  try {
    for (const program of chosen) {
      const described = await warm.describe({ source: program.source, language: program.language });
      if (!described.ok) {
        failures.push([program.name, described.error.message.slice(0, 160)]);
        continue;
      }
      const numeric = described.description.parameters.filter((p) => p.type === "float" || p.type === "int");
      if (numeric.length === 0) continue;
      try {
        const reference = driver === undefined ? undefined : program.native;
        const nativeBuild = async (values: Record<string, number>): Promise<NativeAnswer> => {
          const answer = await driver!.measure(reference!.name, false, true, { dir: reference!.dir, values });
          if (answer.error !== undefined) throw new Error(`native ${JSON.stringify(values)}: ${answer.error}`);
          return answer;
        };
        // Untimed: the script's load and FreeCAD's first-call costs, as the native bench does.
        if (reference !== undefined) await nativeBuild({});
        // The cold build that opens the session, in both pools (it also compiles the script once).
        await timedBuild(warm, program, {});
        await timedBuild(cold, program, {});
        const rebuilds: number[] = [];
        const colds: number[] = [];
        const natives: number[] = [];
        let rebuildCpuMs = 0;
        let rebuildWaitMs = 0;
        let rebuildBackgroundMs = 0;
        let nativeCpuMs = 0;
        let reused = 0;
        let refused = 0;
        for (const parameter of numeric) {
          const values: Record<string, number> = {};
          for (const value of slide(parameter, options.values)) {
            values[parameter.name] = value;
            try {
              const rebuild = await timedBuild(warm, program, { ...values });
              const coldMs = (await timedBuild(cold, program, { ...values })).slotMs;
              // Native OCCT has no reuse: every configuration is a build from scratch (a configuration
              // the example refused is not built here; its reference refuses it too, examples.test.ts).
              const native = reference === undefined ? undefined : await nativeBuild({ ...values });
              rebuilds.push(rebuild.slotMs);
              rebuildCpuMs += rebuild.cpuMs;
              rebuildWaitMs += rebuild.waitMs;
              rebuildBackgroundMs += rebuild.backgroundMs;
              reused += rebuild.reused;
              colds.push(coldMs);
              if (native !== undefined) {
                natives.push(native.stepMs!);
                nativeCpuMs += native.stepCpuMs ?? Number.NaN;
              }
            } catch (error) {
              if (!(error instanceof Refused)) throw error;
              refused += 1;
            }
          }
        }
        const rebuildMs = median(rebuilds);
        const coldMs = median(colds);
        vsCold.push(rebuildMs / coldMs);
        const nativeMs = natives.length > 0 ? median(natives) : undefined;
        const cpuRatio = rebuildCpuMs / nativeCpuMs;
        if (nativeMs !== undefined) {
          const kind = program.notLikeForLike?.kind;
          if (kind === undefined) {
            vsNative.push(rebuildMs / nativeMs);
            if (Number.isFinite(cpuRatio)) vsNativeCpu.push(cpuRatio);
          } else vsNativeNotLike.set(kind, [...(vsNativeNotLike.get(kind) ?? []), rebuildMs / nativeMs]);
        }
        if (rebuilds.length === 0) throw new Error(`the script refused all ${refused} configurations`);
        rows.push([program.name, String(numeric.length), refused === 0 ? String(rebuilds.length) : `${rebuilds.length} (+${refused} refused)`, formatMs(coldMs), formatMs(rebuildMs), (rebuildMs / coldMs).toFixed(2), (reused / rebuilds.length).toFixed(1), nativeMs === undefined ? "—" : formatMs(nativeMs), nativeMs === undefined ? "—" : `${(rebuildMs / nativeMs).toFixed(2)}${program.notLikeForLike === undefined ? "" : ` (not like for like: ${program.notLikeForLike.kind})`}`, nativeMs === undefined || !Number.isFinite(cpuRatio) ? "—" : `${cpuRatio.toFixed(2)} (${formatMs(rebuildCpuMs / rebuilds.length)} ÷ ${formatMs(nativeCpuMs / natives.length)})`, Number.isFinite(rebuildWaitMs) ? formatMs(rebuildWaitMs / rebuilds.length) : "—", Number.isFinite(rebuildBackgroundMs) ? formatMs(rebuildBackgroundMs / rebuilds.length) : "—"]);
        console.error(`customizer bench: ${rows.at(-1)!.join(" | ")}`);
      } catch (error) {
        failures.push([program.name, (error as Error).message.slice(0, 160)]);
      }
    }
  } finally {
    driver?.close();
    await warm.close();
    await cold.close();
  }
  const gCold = geomean(vsCold);
  const gNative = geomean(vsNative);
  const gNativeCpu = geomean(vsNativeCpu);
  rows.push([`geometric mean (${vsCold.length} programs; ${vsNative.length} with a like-for-like native reference)`, "", "", "", "", gCold.toFixed(2), "", "", Number.isFinite(gNative) ? gNative.toFixed(2) : "—", Number.isFinite(gNativeCpu) ? gNativeCpu.toFixed(2) : "—", "", ""]);
  printTable(
    `Customizer: ${options.values} successive values (memo budget ${options.memoMb} MiB) of each numeric parameter in turn after one cold build (type STEP, cache off, in-slot ms, medians); cold = the same configurations in a slot without the operation memo; native = the same configurations built from scratch by FreeCAD (build + STEP), interleaved; CPU = slot main thread over all rebuilds ÷ FreeCAD process over all native builds (in brackets: their means, ms); wait = the slot main thread's mean time per rebuild runnable but waiting for a CPU (a rebuild's wall time beyond its CPU is almost all this: other processes and the slot's own V8 threads); background CPU = the slot's other threads' CPU per rebuild (/proc/<pid>/stat, 10 ms ticks: V8's workers, mostly tiering WebAssembly up to TurboFan)`,
    ["program", "numeric params", "rebuilds", "cold ms", "rebuild ms", "rebuild ÷ cold", "ops reused / rebuild", "native ms", "rebuild ÷ native", "rebuild ÷ native, CPU", "rebuild wait ms", "rebuild background CPU ms"],
    rows,
  );
  const verdict = (value: number, target: number, what: string) =>
    !Number.isFinite(value) ? "not measured" : value <= target ? `met (${what})` : `MISSED by ${(value / target).toFixed(2)}× (${what})`;
  printTable("Issue 15 customizer targets (from this run)", ["measure", "value", "target"], [
    ["rebuild ÷ our cold build, geometric mean", gCold.toFixed(2), verdict(gCold, VS_COLD_TARGET, "≥ 3× faster, i.e. ≤ 0.33")],
    ["rebuild ÷ native rebuild from scratch, geometric mean, like for like", Number.isFinite(gNative) ? gNative.toFixed(2) : "—", verdict(gNative, VS_NATIVE_TARGET, "≤ 1.0×; run with --native where FreeCAD is installed")],
    ["the same in CPU time (slot main thread ÷ FreeCAD process), geometric mean, like for like", Number.isFinite(gNativeCpu) ? gNativeCpu.toFixed(2) : "—", verdict(gNativeCpu, VS_NATIVE_TARGET, "≤ 1.0×; less moved by a loaded machine than wall time")],
    ...[...vsNativeNotLike].map(([kind, ratios]) => [`for information: rebuild ÷ native, NOT like for like — ${KINDS[kind as keyof typeof KINDS].label} (${ratios.length} programs)`, geomean(ratios).toFixed(2), "no target: ours does work the reference does not"]),
  ]);
  if (failures.length > 0) printTable("Not measured", ["program", "why"], failures);
}
