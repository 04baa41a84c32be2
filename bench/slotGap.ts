/**
 * Why a small program's build() takes longer in a pool slot than in a process as warm (issue 15):
 * each program built (STEP, no cache) in turn by pool slots (size 1 each, the service's settings,
 * or as `--pool` says) and by in-process children (./slotGap/child.ts: the slot's warm-up, then
 * the build as buildModel makes it, without SES), rounds interleaved with the order rotating.
 * Per side and program, the first build, then medians over windows of builds (2-6, 7-16, 17-40,
 * …) of the build phase's wall (`buildMs`: values resolved, build(), result read), its main-thread
 * CPU (in-process sides only: a slot cannot read /proc), the whole job's main-thread CPU (read
 * from /proc by this process, as bench/native.ts does) and the time the main thread waited in the
 * run queue over the job (schedstat).
 *
 *   npx tsx bench/slotGap.ts [--rounds N] [--pool eager|dynamic]… [--child FLAGS]… [--child-own-session FLAGS]… NAME…
 *
 * Each `--pool` adds a pool side, each `--child` an in-process side started with those node flags
 * ("" for none; `--child-own-session`: in a session, so a scheduler autogroup, of its own, as a
 * slot is); defaults: two eager pools (the A/A control) and two children without flags.
 *
 * What it showed (2026-12-07, 6423462, load average 12-23 on 2 cores; ms, medians over builds
 * 17-40 of a program): at equal warmth a slot spends what a process without SES spends. Job
 * main-thread CPU (read from outside for both sides), shelled box open at the top: pool 16.3 /
 * 16.1 (A/A) against in-process 16.3 / 16.4; plate with a hole 8.0 / 8.2 against 8.6 / 8.8 (the
 * in-process job compiles the script too). The build phase (process CPU, all threads, getrusage;
 * for the pool from stamps put in pipeline.ts for the measurement only) of the shelled box: pool
 * 10.9 / 10.9 against in-process 10.3 / 10.2 / 10.7 in one run, 12.8 / 13.3 against 15.3 / 12.8 /
 * 12.9 in another; plate with a hole 5.6 / 5.6 against 5.2-5.8; spline edge 3.4 / 3.5 against
 * 3.2-4.3; quickstart plate 0.7 / 0.7 against 0.6: no gap beyond the A/A spread. That phase is
 * the sum of the operations (shelled box ~11.5 ms by the per-operation notes in
 * bench/native/buildBounds.ts). What makes build() look twice that:
 * (1) wall under load: the slot's build phase was 15.8-18.6 ms wall for ~11 ms CPU in runs at load
 * 17-23, its main thread waiting 10-17 ms a job in the run queue (the in-process sides 2-7 there,
 * also in a session, so an autogroup, of their own, and with the slot's heap flags), and 10-12 ms
 * wall with 0.1-4 ms waits at load 12-13, as in-process: the machine's share, not work;
 * (2) the first builds of a program in a process: job main-thread CPU of the shelled box at builds
 * 2-6 / 7-16 / 17-40 18.0 / 17.0 / 16.3 in a slot and 17.9 / 17.0 / 16.3 in-process (dynamic
 * tiering: the build phase's process CPU 32.6 / 18.1 / 12.2, V8 compiling in the background);
 * in a fresh process without the slot's warm-up (./slotGap/phase.ts, process CPU of build()
 * alone) builds 2-20 cost 50-90 ms (V8 compiling the kernel in the background, eager or dynamic),
 * ~11 by build 40 and 8.3-9.7 beyond 80; with `--no-liftoff` (nothing left to compile) 14.5 at
 * build 2, 9-11 at 3-40, 8.3-9.0 beyond: after the tier-up, a drift of 1-2 ms over hundreds of
 * builds, so a per-operation figure taken in a process that built the program hundreds of times
 * sits below what a slot that serves it a handful of times reaches;
 * (3) the STEP export (5.4 ms CPU) and the job's frame (~1 ms) are in the job, not in build().
 */
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createBuildPool, type BuildPool, type WasmTierUp } from "../src/build/pool/index.ts";
import { median } from "./measure.ts";
import { slotCpuMs } from "./quietSlot.ts";
import { SlotWindow } from "./slotWindow.ts";

interface Sample {
  wallMs: number;
  buildMs: number;
  /** The build phase's process CPU (in-process sides only; NaN for a pool's). */
  buildCpuMs: number;
  mainCpuMs: number;
  /** The main thread's time runnable but waiting for a CPU over the job (schedstat), ms. */
  waitMs: number;
}
interface Side {
  label: string;
  build(source: string): Promise<Sample>;
  close(): Promise<void> | void;
}

const PORTS = fileURLToPath(new URL("../test/conformance/ports/", import.meta.url));

/** A process's main thread's time waiting in the run queue so far (schedstat's second field), ms. */
function runQueueMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ")[1]) / 1e6;
}

async function poolSide(label: string, wasmTierUp: WasmTierUp): Promise<Side> {
  const pool: BuildPool = await createBuildPool({ size: 1, spare: 0, kernelThreads: 1, wasmTierUp, log: () => undefined });
  return {
    label,
    async build(source) {
      const window = await SlotWindow.quiet(pool);
      const waited = runQueueMs(window.pid);
      window.beforeBuild();
      const started = performance.now();
      const result = await pool.build({ source, language: "ts", type: "step" });
      const wallMs = performance.now() - started;
      const { cpuMs } = window.close();
      if (!result.ok) throw new Error(result.error.message);
      return { wallMs, buildMs: result.timings!.buildMs, buildCpuMs: Number.NaN, mainCpuMs: cpuMs, waitMs: runQueueMs(window.pid) - waited };
    },
    close: () => pool.close(),
  };
}

function childSide(label: string, flags: string, detached: boolean): Promise<Side> {
  const execArgv = ["--import", "tsx", ...flags.split(" ").filter((f) => f !== "")];
  const child = fork(fileURLToPath(new URL("./slotGap/child.ts", import.meta.url)), [], { execArgv, detached });
  let waited = 0;
  let ran = 0;
  let waiting: ((sample: Sample) => void) | undefined;
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.on("message", (message: "ready" | Omit<Sample, "mainCpuMs" | "waitMs">) => {
      
      if (message === "ready") resolve({ label, build: (source) => new Promise((answer) => ((waiting = answer), (waited = runQueueMs(child.pid)), (ran = slotCpuMs(child.pid)), child.send({ source }))), close: () => child.disconnect() });
      else waiting?.({ ...message, mainCpuMs: slotCpuMs(child.pid) - ran, waitMs: runQueueMs(child.pid) - waited });
    });
  });
}

const args = process.argv.slice(2);
let rounds = 12;
const pools: WasmTierUp[] = [];
const children: string[] = [];
const names: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === "--rounds") rounds = Number(args[++i]);
  else if (arg === "--pool") pools.push(args[++i] as WasmTierUp);
  else if (arg === "--child") children.push(args[++i] ?? "");
  else if (arg === "--child-own-session") children.push(`session:${args[++i] ?? ""}`);
  else names.push(arg);
}
if (pools.length === 0 && children.length === 0) pools.push("eager", "eager"), children.push("", "");
const sides: Side[] = [];
for (const [i, tier] of pools.entries()) sides.push(await poolSide(`pool ${tier} #${i + 1}`, tier));
for (const [i, flags] of children.entries()) sides.push(await childSide(`in-process ${flags || "(no flags)"} #${i + 1}`, flags.replace(/^session:/, ""), flags.startsWith("session:")));
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(`load average at start: ${load()}`);
try {
  for (const name of names) {
    const source = readFileSync(join(PORTS, `${name}.ts`), "utf8");
    const firsts = [];
    for (const side of sides) firsts.push(await side.build(source));
    const samples = sides.map(() => [] as Sample[]);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < sides.length; k++) {
        const i = (k + round) % sides.length;
        samples[i]!.push(await sides[i]!.build(source));
      }
    }
    console.log(`\n${name} (load ${load()}): first build (build phase wall, job's main-thread CPU), then medians over windows of builds (ms)`);
    const windows = [[2, 6], [7, 16], [17, 40], [41, 100], [101, 200], [201, 400]].filter(([from]) => from! <= rounds + 1);
    console.log(`  ${"side".padEnd(34)} ${"1st".padStart(11)} | ${windows.map(([a, b]) => `builds ${a}-${Math.min(b!, rounds + 1)}: build wall/CPU, job main CPU`.padEnd(40)).join(" ")}`);
    for (const [i, side] of sides.entries()) {
      const f = firsts[i]!;
      const cells = windows.map(([a, b]) => {
        const s = samples[i]!.slice(a! - 2, b! - 1);
        const m = (key: keyof Sample) => median(s.map((x) => x[key])).toFixed(1);
        return `${m("buildMs")} / ${m("buildCpuMs")}, ${m("mainCpuMs")}, wait ${m("waitMs")}`.padEnd(48);
      });
      console.log(`  ${side.label.padEnd(34)} ${`${f.buildMs.toFixed(0)}, ${f.mainCpuMs.toFixed(0)}`.padStart(11)} | ${cells.join(" ")}`);
    }
  }
} finally {
  for (const side of sides) await side.close();
}
