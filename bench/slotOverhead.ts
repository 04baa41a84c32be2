/**
 * Slot overhead benchmark (issue 15): for each conformance program (test/conformance/ports/*.ts),
 * the same STEP build through a warm pool of one slot and in this process (the pipeline's kernel
 * half and bytes, as `buildModel` runs them, with the script loaded once), in alternating batches
 * so a change in the machine's load hits both alike. What it prints per program:
 *
 * - main-thread CPU per build of the slot process (the whole job: IPC, SES evaluation, build,
 *   export, reply) and of this process (kernel half and bytes only), from each thread's
 *   /proc/<pid>/task/<tid>/schedstat (nanoseconds). Main-thread CPU, not wall time: on a loaded
 *   machine a slot's wall time also counts the time its own V8 background threads and other
 *   processes took the core from it. Totals over a batch only: the kernel folds a running
 *   thread's CPU time into schedstat lazily (at a tick or a system call), so a short section
 *   timed with it can be charged another's time;
 * - the in-slot phases (load / build / export, wall) against the same phases in this process.
 *
 * The slot side's batch CPU window opens on a ready slot at rest and closes at the batch's last
 * reply, read from that process (./slotWindow.ts): a batch whose builds did not all run in it (a
 * build retired the slot mid-batch, or ran again in a new slot) is dropped with its timings and
 * run again, and the table says how many were.
 *
 *   npm run bench -- slot-overhead                 # the six small programs of issue 15
 *   npm run bench -- slot-overhead --rounds 20 NAME…
 *
 * Linux only (schedstat, and /proc/<pid>/task/<tid>/children to find the slot's Node process
 * under its namespace wrapper).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildModel, loadScript } from "../src/build/index.ts";
import { resolveExportOptions } from "../src/build/exportOptions.ts";
import { finishBuild, runKernelHalf, type PipelineJob, type PipelineTimings } from "../src/build/pipeline.ts";
import { createBuildPool, SERVICE_WASM_TIER_UP } from "../src/build/pool/index.ts";
import { DEFAULT_WARMUP_BUILDS, warmupRequests } from "../src/build/pool/warmup.ts";
import { loadKernel, withScopeAsync } from "../src/kernel/index.ts";
import { formatMs, median, printTable } from "./measure.ts";
import { threadCpuMs } from "./procStat.ts";
import { SlotWindow } from "./slotWindow.ts";

const PORTS = fileURLToPath(new URL("../test/conformance/ports/", import.meta.url));
/** The small programs issue 15 names (native build + STEP export 2–5 ms). */
const DEFAULT_PROGRAMS = ["free-func-placement", "free-func-shape-construction", "selectors-ancestors", "examples-shelling-open-three-faces", "free-func-primitives", "assy-object-locations"];
const BATCH = 10;
/** Attempts at one slot batch before the program is given up. */
const MAX_ATTEMPTS = 4;
const DEFAULT_ROUNDS = 10;
const UNTIMED_BUILDS = 10;

function parseArgs(args: readonly string[]): { rounds: number; names: string[] } {
  let rounds = DEFAULT_ROUNDS;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--rounds") {
      rounds = Number(args[++i]);
      if (!Number.isInteger(rounds) || rounds < 2) throw new Error(`--rounds needs a whole number ≥ 2 (got ${args[i] ?? "nothing"})`);
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg} for the slot overhead benchmark: use --rounds N, or program names`);
    else names.push(arg);
  }
  return { rounds, names: names.length === 0 ? DEFAULT_PROGRAMS : names };
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const phases = (timings: readonly PipelineTimings[]) => [timings.map((t) => t.loadMs), timings.map((t) => t.buildMs), timings.map((t) => t.exportMs)].map((ms) => formatMs(median(ms))).join(" / ");

export async function benchSlotOverhead(args: readonly string[] = []): Promise<void> {
  if (process.platform !== "linux") throw new Error("the slot overhead benchmark reads /proc (Linux only)");
  const { rounds, names } = parseArgs(args);
  await loadKernel();
  for (const { script, format, values } of warmupRequests(DEFAULT_WARMUP_BUILDS)) await buildModel({ source: script.source, language: "ts", type: format, values });
  const pool = await createBuildPool({ size: 1, spare: 0, wasmTierUp: SERVICE_WASM_TIER_UP, log: () => undefined });
  const rows: string[][] = [];
  try {
    const job: PipelineJob = { kind: "build", type: "step", preset: undefined, values: {}, options: resolveExportOptions(undefined) };
    for (const name of names) {
      const source = readFileSync(join(PORTS, `${name}.ts`), "utf8");
      const loaded = await loadScript(source, "ts");
      const inProcess = async (): Promise<PipelineTimings> =>
        withScopeAsync(async () => (await finishBuild(runKernelHalf(loaded, job, performance.now()))).timings);
      const pooled = async (): Promise<PipelineTimings> => {
        const result = await pool.build({ source, language: "ts", type: "step" });
        if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message.split("\n")[0]}`);
        if (result.timings === undefined) throw new Error(`${name}: the pool's answer has no timings`);
        return result.timings;
      };
      for (let i = 0; i < UNTIMED_BUILDS; i++) {
        await pooled();
        await inProcess();
      }
      /** One batch in the slot: its CPU per build and timings, or why it did not run in one slot. */
      const slotBatch = async (): Promise<{ cpuMs: number; timings: PipelineTimings[]; swap: string | undefined }> => {
        const window = await SlotWindow.quiet(pool);
        if (window.pid === undefined) throw new Error("could not find the slot's Node process under the pool's child");
        const timings: PipelineTimings[] = [];
        for (let i = 0; i < BATCH; i++) {
          window.beforeBuild();
          if (window.swap !== undefined) break;
          timings.push(await pooled());
        }
        const { cpuMs, swap } = window.close();
        return { cpuMs: cpuMs / BATCH, timings, swap };
      };
      const inProcessBatch = async (): Promise<{ cpuMs: number; timings: PipelineTimings[]; swap: undefined }> => {
        const before = threadCpuMs(process.pid);
        const timings: PipelineTimings[] = [];
        for (let i = 0; i < BATCH; i++) timings.push(await inProcess());
        return { cpuMs: (threadCpuMs(process.pid) - before) / BATCH, timings, swap: undefined };
      };
      const sides = [
        { batch: slotBatch, cpuMs: [] as number[], timings: [] as PipelineTimings[], dropped: [] as string[] },
        { batch: inProcessBatch, cpuMs: [] as number[], timings: [] as PipelineTimings[], dropped: [] as string[] },
      ];
      for (let round = 0; round < rounds; round++) {
        for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
          for (let attempt = 1; ; attempt++) {
            const { cpuMs, timings, swap } = await side.batch();
            if (swap === undefined) {
              side.cpuMs.push(cpuMs);
              side.timings.push(...timings);
              break;
            }
            side.dropped.push(swap);
            if (attempt === MAX_ATTEMPTS) throw new Error(`${name}: the slot's batch did not run in one slot in ${MAX_ATTEMPTS} attempts: ${side.dropped.join("; ")}`);
          }
        }
      }
      const [slot, here] = sides as [(typeof sides)[0], (typeof sides)[0]];
      const slotCpu = mean(slot.cpuMs);
      const hereCpu = mean(here.cpuMs);
      rows.push([name, formatMs(slotCpu), formatMs(hereCpu), formatMs(slotCpu - hereCpu), phases(slot.timings), phases(here.timings), String(slot.dropped.length)]);
      for (const why of slot.dropped) console.error(`slot overhead bench: ${name}: a slot batch dropped and run again: ${why}`);
      console.error(`slot overhead bench: ${name} done`);
    }
  } finally {
    await pool.close();
  }
  printTable(
    `Slot overhead: a pool of one slot against the same build in this process (type STEP, ${rounds} rounds of ${BATCH} builds a side, alternating; CPU: mean per build, main thread; phases: medians, wall)`,
    ["program", "slot CPU ms", "in-process CPU ms", "difference", "in slot: load / build / export", "in process: load / build / export", "slot batches dropped (not all in one slot)"],
    rows,
  );
}
